import BriefingModel

/// Turns articles into a `Briefing`: each article is analysed on its own (a pure function,
/// run in parallel), then the per-article results are merged into the corpus-wide picture.
public struct BriefingAnalyzer: Sendable {
    public init() {}

    /// - Parameters:
    ///   - articles: the articles, in reading order.
    ///   - title: the briefing's title.
    ///   - generated: the day the briefing is made (shown on the cover, never used as an article date).
    ///   - skipped, warnings: what the reader could not read or had to repair, carried to the sources page.
    public func briefing(for articles: [Article], title: String, generated: Day,
                         skipped: [SkippedFile] = [], warnings: [String] = []) -> Briefing {
        fatalError("not yet built")  // TODO(analysis helper)
    }
}
