/// A line of the executive summary -- a key development -- and the articles it is drawn from.
/// Every line of the summary cites its sources; the renderer shows them as references.
///
/// A key development has a `headline` (the title that best stands for its story), a lead in
/// `text` (who did what, where, when) and the `date` it happened on when the coverage dates it.
/// `headline` and `date` came later and are optional: summaries written before them, and plain
/// lines such as "Also reported: ...", have neither, and older readers still find `text`.
public struct CitedSentence: Hashable, Sendable, Codable {
    public var text: String
    public var articles: [String]
    public var headline: String?
    public var date: Day?

    public init(text: String, articles: [String], headline: String? = nil, date: Day? = nil) {
        self.text = text
        self.articles = articles
        self.headline = headline
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case text, articles, headline, date
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        articles = try c.decodeIfPresent([String].self, forKey: .articles) ?? []
        headline = try c.decodeIfPresent(String.self, forKey: .headline)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
    }

    /// `headline` and `date` are written only when known, so a plain line keeps its old shape.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(articles, forKey: .articles)
        try c.encodeIfPresent(headline, forKey: .headline)
        try c.encodeIfPresent(date, forKey: .date)
    }
}
