/// A day that matters, with a one-line label and the articles behind it.
public struct TimelineEntry: Hashable, Sendable, Codable {
    public var date: Day
    public var label: String
    /// Importance: higher means the coverage refers to this day more.
    public var weight: Double
    public var articles: [String]

    public init(date: Day, label: String, weight: Double, articles: [String]) {
        self.date = date
        self.label = label
        self.weight = weight
        self.articles = articles
    }
}
