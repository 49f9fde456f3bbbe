/// Facts about the input as a whole, for the cover and the sources page.
public struct Corpus: Hashable, Sendable, Codable {
    /// Articles in the briefing (after duplicates were merged).
    public var articleCount: Int
    /// Distinct outlets; articles without a known outlet are not counted.
    public var sourceCount: Int
    /// Articles with no publication date.
    public var undatedCount: Int
    /// The first and last publication day, nil when no article is dated.
    public var firstDay: Day?
    public var lastDay: Day?
    /// Files that could not be read, each with the reason.
    public var skipped: [SkippedFile]
    /// Non-fatal problems met while reading (e.g. a file decoded as Windows-1252).
    public var warnings: [String]

    public init(articleCount: Int, sourceCount: Int, undatedCount: Int, firstDay: Day?, lastDay: Day?,
                skipped: [SkippedFile] = [], warnings: [String] = []) {
        self.articleCount = articleCount
        self.sourceCount = sourceCount
        self.undatedCount = undatedCount
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.skipped = skipped
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case articleCount, sourceCount, undatedCount, firstDay, lastDay, skipped, warnings
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(articleCount, forKey: .articleCount)
        try c.encode(sourceCount, forKey: .sourceCount)
        try c.encode(undatedCount, forKey: .undatedCount)
        try c.encode(firstDay, forKey: .firstDay)
        try c.encode(lastDay, forKey: .lastDay)
        try c.encode(skipped, forKey: .skipped)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// A file the reader skipped, and why.
public struct SkippedFile: Hashable, Sendable, Codable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
