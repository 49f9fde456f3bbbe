/// Something the coverage says lies ahead -- a meeting, a vote, a deadline -- on a named day.
/// Written as `watch[]` in the JSON: what a reader should look out for after the period.
public struct WatchItem: Hashable, Sendable, Codable {
    public var date: Day
    /// The sentence that announces it, as the source wrote it.
    public var text: String
    public var articles: [String]

    public init(date: Day, text: String, articles: [String]) {
        self.date = date
        self.text = text
        self.articles = articles
    }
}
