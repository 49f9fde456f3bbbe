/// Articles about the same event, grouped.
public struct Story: Hashable, Sendable, Codable {
    public var title: String
    public var articles: [String]
    public var summary: [String]

    public init(title: String, articles: [String], summary: [String]) {
        self.title = title
        self.articles = articles
        self.summary = summary
    }
}
