import BriefingModel

/// What reading one file gave: its articles, the records inside it that were skipped, warnings,
/// or a failure that skips the whole file.
struct FileOutcome: Sendable {
    var articles: [Article] = []
    var skipped: [SkippedFile] = []
    var warnings: [String] = []
    var failure: FormatProblem?
    /// Bad records beyond the first `listedRecords`: counted, with the lines they span.
    var unlisted = 0
    var unlistedLines: ClosedRange<Int>?

    /// Bad records named one by one in a file; the rest are counted in one entry.
    ///
    /// Why: a file of 40,000 broken JSON Lines would otherwise put 40,000 entries in the
    /// briefing's sources list (hundreds of pages) and hold them all in memory; the first few
    /// show what is wrong, and the count with the line span says how much.
    static let listedRecords = 5

    /// Whether the next skipped record is named (false: it is only counted, so a reader need not
    /// work out what is wrong with it).
    var namesNextRecord: Bool { skipped.count < Self.listedRecords }

    /// Records a skipped record: named while few, counted after.
    mutating func skip(_ record: SkippedFile) {
        guard !namesNextRecord else {
            skipped.append(record)
            return
        }
        countUnlisted(line: record.line)
    }

    /// Counts a skipped record that is not named.
    mutating func countUnlisted(line: Int?) {
        unlisted += 1
        if let line {
            unlistedLines = unlistedLines.map { min($0.lowerBound, line)...max($0.upperBound, line) } ?? line...line
        }
    }

    /// One entry standing for the unlisted records, or nil when there are none.
    func unlistedSummary(path: String) -> SkippedFile? {
        guard unlisted > 0 else { return nil }
        let lines = unlistedLines.map { $0.count == 1 ? " (line \($0.lowerBound))" : " (lines \($0.lowerBound)-\($0.upperBound))" } ?? ""
        return SkippedFile(path: path, reason: "\(unlisted) more bad record(s)\(lines), not listed one by one",
                           line: unlistedLines?.lowerBound)
    }
}
