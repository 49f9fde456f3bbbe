import BriefingKit

/// The progress line and the stage timings of one run, heard through one observer.
struct RunMonitor {
    let timings: StageTimings?
    let progress: ProgressLine?

    var observer: StageObserver {
        [timings?.observer, progress?.observer].compactMap { $0 }.reduce(StageObserver.silent) { $0.and($1) }
    }

    /// Clears the progress line; call before printing anything else. Safe to call twice.
    func endProgress() {
        progress?.finish()
    }

    /// The timings, when asked for, once the run is done.
    func printTimings() {
        endProgress()
        for line in timings?.report() ?? [] { Reporter.say(line) }
    }
}
