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
    /// The dates asked for (`--since`, `--week`…), described for the cover; nil when unbounded.
    public var window: String?
    /// Dated articles left out because they fall outside the window.
    public var outsideWindow: Int
    /// Undated articles left out because the window asked for dated articles only.
    public var undatedDropped: Int
    /// Copies merged into other articles (exact or near duplicates).
    public var duplicatesMerged: Int

    public init(articleCount: Int, sourceCount: Int, undatedCount: Int, firstDay: Day?, lastDay: Day?,
                skipped: [SkippedFile] = [], warnings: [String] = [], window: String? = nil,
                outsideWindow: Int = 0, undatedDropped: Int = 0, duplicatesMerged: Int = 0) {
        self.articleCount = articleCount
        self.sourceCount = sourceCount
        self.undatedCount = undatedCount
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.skipped = skipped
        self.warnings = warnings
        self.window = window
        self.outsideWindow = outsideWindow
        self.undatedDropped = undatedDropped
        self.duplicatesMerged = duplicatesMerged
    }

    enum CodingKeys: String, CodingKey {
        case articleCount, sourceCount, undatedCount, firstDay, lastDay, skipped, warnings,
             window, outsideWindow, undatedDropped, duplicatesMerged
    }

    /// Only the counts and days are required; what later versions added defaults to "nothing".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        articleCount = try c.decode(Int.self, forKey: .articleCount)
        sourceCount = try c.decodeIfPresent(Int.self, forKey: .sourceCount) ?? 0
        undatedCount = try c.decodeIfPresent(Int.self, forKey: .undatedCount) ?? 0
        firstDay = try c.decodeIfPresent(Day.self, forKey: .firstDay)
        lastDay = try c.decodeIfPresent(Day.self, forKey: .lastDay)
        skipped = try c.decodeIfPresent([SkippedFile].self, forKey: .skipped) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
        window = try c.decodeIfPresent(String.self, forKey: .window)
        outsideWindow = try c.decodeIfPresent(Int.self, forKey: .outsideWindow) ?? 0
        undatedDropped = try c.decodeIfPresent(Int.self, forKey: .undatedDropped) ?? 0
        duplicatesMerged = try c.decodeIfPresent(Int.self, forKey: .duplicatesMerged) ?? 0
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
        try c.encode(window, forKey: .window)
        try c.encode(outsideWindow, forKey: .outsideWindow)
        try c.encode(undatedDropped, forKey: .undatedDropped)
        try c.encode(duplicatesMerged, forKey: .duplicatesMerged)
    }
}

/// A file (or one record in it) the reader skipped, and why.
public struct SkippedFile: Hashable, Sendable, Codable {
    public var path: String
    public var reason: String
    /// Where in the file the problem is, when the format can say (1-based).
    public var line: Int?
    public var column: Int?

    public init(path: String, reason: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.reason = reason
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form editors and terminals jump to.
    public var location: String {
        [path, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }
}
