import ArgumentParser
import BriefingKit

/// The weekly series: what to compare with, and the archive that remembers earlier builds.
struct SeriesOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An earlier briefing's model (from 'analyze --json') to say what changed since.",
                               valueName: "MODEL.json"))
    var previous: String?

    @Option(help: ArgumentHelp("The briefing archive (SQLite). 'build' records into it and compares with its latest earlier period; default: archive.sqlite beside the PDF.",
                               valueName: "FILE"))
    var archive: String?

    @Flag(help: "Neither read nor write an archive.")
    var noArchive = false

    /// The series for a command; `output` is the PDF `build` writes (its folder holds the
    /// default archive), nil for commands that only read an archive they are given.
    func series(besidePDF output: String? = nil) -> BriefingSeries {
        let store = noArchive ? nil : archive ?? output.flatMap(BriefingSeries.archive(besidePDF:))
        return BriefingSeries(previous: previous, archive: store)
    }
}
