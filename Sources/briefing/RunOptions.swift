import ArgumentParser
import BriefingKit

/// What the commands that analyse say about the run itself on standard error: stage timings on
/// request, and a progress line on a terminal unless told to be quiet.
struct RunOptions: ParsableArguments {
    @Flag(help: "Print the seconds of each stage (read, duplicates, analyse, aggregate, stories, timeline, layout, render), CPU time and peak memory on standard error.")
    var timings = false

    @Flag(help: "No progress line on a terminal (warnings and errors are still printed).")
    var quiet = false

    /// A monitor for one run, made as the run starts (its wall clock starts here).
    func monitor() -> RunMonitor {
        RunMonitor(timings: timings ? StageTimings() : nil, progress: ProgressLine.onStandardError(quiet: quiet))
    }
}
