/// A subject the coverage keeps returning to, with how often it comes up.
public struct Topic: Hashable, Sendable, Codable {
    /// A readable label ("arms control").
    public var label: String
    /// The phrases grouped under this topic.
    public var terms: [String]
    public var mentions: Int
    public var articles: [String]
    /// Named in the analyst's watchlist (`--topics FILE`): shown even when nothing mentions it.
    public var watched: Bool

    public init(label: String, terms: [String], mentions: Int, articles: [String], watched: Bool = false) {
        self.label = label
        self.terms = terms
        self.mentions = mentions
        self.articles = articles
        self.watched = watched
    }
}

extension Topic {
    enum CodingKeys: String, CodingKey {
        case label, terms, mentions, articles, watched
    }

    /// `watched` came with the watchlist; a topic written before it was not watched.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(label: try c.decode(String.self, forKey: .label),
                  terms: try c.decodeIfPresent([String].self, forKey: .terms) ?? [],
                  mentions: try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0,
                  articles: try c.decodeIfPresent([String].self, forKey: .articles) ?? [],
                  watched: try c.decodeIfPresent(Bool.self, forKey: .watched) ?? false)
    }
}
