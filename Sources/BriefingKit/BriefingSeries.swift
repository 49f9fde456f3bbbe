import BriefingAnalysis
import BriefingArchive
import BriefingModel
import BriefingSupport

/// A briefing as one of a weekly series: compared with the previous briefing (`--previous`, else
/// the latest earlier period in the archive), with up to seven periods before it for trends and
/// every earlier period's articles known as already briefed; and, after a build, recorded.
///
/// Why the series never stops a build: last week's model is a convenience. A missing, broken or
/// mismatched model, or a damaged archive, is named on the sources page and standard error like
/// a skipped file (exit 3), and the briefing is still written, without the comparison.
public struct BriefingSeries: Sendable {
    /// The earlier briefing's model (`analyze --json`), from `--previous`.
    public var previous: String?
    /// The archive to compare with (and, for builds, record into); nil for none.
    public var archive: String?

    public init(previous: String? = nil, archive: String? = nil) {
        self.previous = previous
        self.archive = archive
    }

    /// The archive beside a PDF written to `output` (`archive.sqlite` in its folder), or nil
    /// when the output is no file in a folder (standard output by any name, a device).
    public static func archive(besidePDF output: String) -> String? {
        guard output != "-", !output.hasPrefix("/dev/"), !output.hasPrefix("/proc/"),
              (try? OpenDescriptorName.descriptor(reachedFrom: output)) == nil else { return nil }
        let folder = PathParts.folder(of: output)
        return folder == "/" ? "/archive.sqlite" : folder + "/archive.sqlite"
    }

    /// `briefing` with `changes` filled in when an earlier briefing reads and fits.
    public func apply(to briefing: Briefing) -> Briefing {
        var out = briefing
        func named(_ path: String, _ reason: String, line: Int? = nil) {
            out.corpus.skipped.append(SkippedFile(path: path, reason: reason, line: line))
        }
        var earlier: Briefing?
        if let previous {
            do { earlier = try BriefingFile.load(previous) } catch let failure as BriefingFile.Failure {
                named(previous, "previous briefing not compared: \(failure.reason)", line: failure.line)
            } catch { named(previous, "previous briefing not compared: \(error)") }
        }
        var history: [Briefing] = [], briefed = Set<String>()
        if let archive, let first = briefing.corpus.firstDay {
            do {
                let store = try BriefingArchive(path: archive) { named(archive, "\($0)") }
                let before = try store.periods(before: first)
                if earlier == nil, let latest = before.first { earlier = try store.model(of: latest) }
                // The trend's earlier points: periods that ended before the previous one began.
                let start = earlier?.corpus.firstDay ?? first
                history = try before.filter { $0.last.map { $0 < start } ?? false }.prefix(7).map(store.model(of:))
                briefed = try store.briefedFingerprints(before: first)
            } catch { named(archive, "archive not used: \(error)") }
        }
        guard let earlier else { return out }
        if let problem = Self.mismatch(earlier, briefing) {
            named(previous ?? archive ?? "", "previous briefing not compared: \(problem)")
            return out
        }
        return BriefingComparison.compare(out, with: earlier, history: history, briefed: briefed)
    }

    /// The archive entry for `briefing`, made while its PDF is drawn; nil without an archive.
    public func entry(for briefing: Briefing) -> Result<BriefingArchive.Entry, any Error>? {
        archive == nil ? nil : Result { try BriefingArchive.Entry(briefing) }
    }

    /// Records a written briefing's entry in the archive; the problem, if any, for the caller
    /// to name.
    public func record(_ entry: Result<BriefingArchive.Entry, any Error>?) -> String? {
        guard let archive, let entry else { return nil }
        do {
            try BriefingArchive(path: archive).record(entry.get())
            return nil
        } catch {
            return "the briefing was written but not archived: \(error)"
        }
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
