import ArgumentParser
import BriefingKit

/// `--previous`: the earlier briefing of the series to compare with.
struct SeriesOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An earlier briefing's model (from 'analyze --json') to say what changed since.",
                               valueName: "MODEL.json"))
    var previous: String?

    var series: BriefingSeries { BriefingSeries(previous: previous) }
}
