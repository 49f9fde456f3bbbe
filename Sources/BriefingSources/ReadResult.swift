import BriefingModel

/// Everything a read produced: the articles, and what could not be read (each named with a reason).
public struct ReadResult: Sendable {
    public var articles: [Article]
    /// Files that were skipped, each with the reason, in path order.
    public var skipped: [SkippedFile]
    /// Files that were read but had to be repaired (e.g. decoded as Windows-1252).
    public var warnings: [String]

    public init(articles: [Article] = [], skipped: [SkippedFile] = [], warnings: [String] = []) {
        self.articles = articles
        self.skipped = skipped
        self.warnings = warnings
    }
}
