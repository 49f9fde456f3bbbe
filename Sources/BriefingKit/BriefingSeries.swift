import BriefingAnalysis
import BriefingModel

/// A briefing as one of a weekly series: compared with the previous briefing's model, so it
/// can say what is new, what continues, what rose and faded, and who appeared.
///
/// Why the comparison never stops a build: last week's model is a convenience. A missing,
/// broken or mismatched one is named on the sources page and standard error like a skipped
/// file (exit 3), and the briefing is still written, without the comparison.
public struct BriefingSeries: Sendable {
    /// The earlier briefing's model (`analyze --json`), from `--previous`.
    public var previous: String?

    public init(previous: String? = nil) { self.previous = previous }

    /// `briefing` with `changes` filled in when the previous model reads and fits.
    public func apply(to briefing: Briefing) -> Briefing {
        guard let previous else { return briefing }
        var out = briefing
        do {
            let earlier = try BriefingFile.load(previous)
            if let problem = Self.mismatch(earlier, briefing) {
                out.corpus.skipped.append(SkippedFile(path: previous, reason: "previous briefing not compared: \(problem)"))
                return out
            }
            return BriefingComparison.compare(briefing, with: earlier)
        } catch let failure as BriefingFile.Failure {
            out.corpus.skipped.append(SkippedFile(path: previous, reason: "previous briefing not compared: \(failure.reason)",
                                                  line: failure.line))
        } catch {
            out.corpus.skipped.append(SkippedFile(path: previous, reason: "previous briefing not compared: \(error)"))
        }
        return out
    }

    /// Why `earlier` cannot be this briefing's previous one: its period starts after this one
    /// ends (the files were given the wrong way round).
    static func mismatch(_ earlier: Briefing, _ current: Briefing) -> String? {
        if let start = earlier.corpus.firstDay, let end = current.corpus.lastDay, start > end {
            return "its period starts on \(start), after this one ends (\(end))"
        }
        return nil
    }
}
