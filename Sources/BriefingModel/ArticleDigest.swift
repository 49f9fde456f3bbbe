/// What the briefing says about one article: its metadata and what analysis found in it.
/// Written as `articles[]` in the JSON contract.
public struct ArticleDigest: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var date: Day?
    /// The publication time as the source wrote it (`"14:05"`), beside `date`; nil when the
    /// source gave only a day. Written to JSON only when known, so the contract's fields are
    /// unchanged for every other article.
    public var time: TimeOfDay?
    public var source: String?
    public var url: String?
    /// Ids of copies merged into this article.
    public var duplicates: [String]
    /// Key phrases, best first.
    public var keyphrases: [String]
    /// Summary sentences, best first.
    public var summary: [String]
    /// Canonical names of the participants the article mentions.
    public var participants: [String]

    public init(id: String, title: String, date: Day?, source: String?, url: String?,
                duplicates: [String] = [], keyphrases: [String] = [], summary: [String] = [],
                participants: [String] = [], time: TimeOfDay? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.time = time
        self.source = source
        self.url = url
        self.duplicates = duplicates
        self.keyphrases = keyphrases
        self.summary = summary
        self.participants = participants
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, time, source, url, duplicates, keyphrases, summary, participants
    }

    /// The analysis lists (`duplicates`, `keyphrases`, `summary`, `participants`) may be absent,
    /// e.g. in a digest written by hand or by another tool: they read as empty. `time` came later
    /// and is optional: digests written before it read as having none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        date = try c.decodeIfPresent(Day.self, forKey: .date)
        time = try c.decodeIfPresent(TimeOfDay.self, forKey: .time)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        duplicates = try c.decodeIfPresent([String].self, forKey: .duplicates) ?? []
        keyphrases = try c.decodeIfPresent([String].self, forKey: .keyphrases) ?? []
        summary = try c.decodeIfPresent([String].self, forKey: .summary) ?? []
        participants = try c.decodeIfPresent([String].self, forKey: .participants) ?? []
    }

    /// Writes `date`, `source` and `url` as explicit nulls: the contract wants every field present.
    /// `time` is not in the contract and is written only when known.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(time, forKey: .time)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encode(keyphrases, forKey: .keyphrases)
        try c.encode(summary, forKey: .summary)
        try c.encode(participants, forKey: .participants)
    }
}
