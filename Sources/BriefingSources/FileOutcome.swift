import BriefingModel

/// What reading one file gave: its articles, the records inside it that were skipped, warnings,
/// or a failure that skips the whole file.
struct FileOutcome: Sendable {
    var articles: [Article] = []
    var skipped: [SkippedFile] = []
    var warnings: [String] = []
    var failure: FormatProblem?
}
