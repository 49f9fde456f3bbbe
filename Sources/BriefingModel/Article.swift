/// One article as read from a source, before any analysis.
///
/// Readers produce these; the analysis consumes them. `id` follows the evaluation contract:
/// the path relative to the input folder without extension (`business/002`), or a record's own
/// id inside a multi-record file.
public struct Article: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// The body text, paragraphs separated by newlines, title excluded.
    public var body: String
    /// The publication day, or nil when the source gives none (never "today").
    public var date: Day?
    /// The time of day the source gives with `date`, in the same zone as written; nil when the
    /// source gives only a day (or no date). It lets a briefing of one day's news be drawn by
    /// the hour, and never changes which day the article is on.
    public var time: TimeOfDay?
    /// The outlet (e.g. `bbc.co.uk`), when known.
    public var source: String?
    public var url: String?
    /// Who wrote it, when the source says (a web page's author meta tag, a feed's creator).
    public var author: String?
    /// The file the article was read from, for messages.
    public var path: String
    /// Ids of copies of this article (exact or near duplicates) merged into it.
    public var duplicates: [String]
    /// Other outlets that published a merged copy.
    public var alsoPublishedBy: [String]

    public init(id: String, title: String, body: String, date: Day? = nil,
                source: String? = nil, url: String? = nil, path: String,
                duplicates: [String] = [], alsoPublishedBy: [String] = [], time: TimeOfDay? = nil,
                author: String? = nil) {
        self.id = id
        self.title = title
        self.body = body
        self.date = date
        self.time = time
        self.source = source
        self.url = url
        self.author = author
        self.path = path
        self.duplicates = duplicates
        self.alsoPublishedBy = alsoPublishedBy
    }
}
