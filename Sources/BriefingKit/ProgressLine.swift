import BriefingSupport
import Foundation

/// One updating line on a terminal that says which stage a long run is in and how far it is
/// ("briefing: analysing articles 4,120 of 10,000"), redrawn in place with a carriage return and
/// cleared at the end.
///
/// Why only on a terminal, only after a second: a log file or a pipe would collect every redraw,
/// and a run that ends at once needs no reassurance. `--quiet` turns it off.
public final class ProgressLine: @unchecked Sendable {
    /// How long a run lasts before the line first appears, in seconds.
    public static let delay = 1.0
    /// The least time between two redraws, in seconds: often enough to look alive, rarely enough
    /// that writing the line costs nothing.
    public static let interval = 0.1

    /// Whether a progress line belongs on standard error at all.
    public static func isWanted(standardErrorIsTerminal: Bool, quiet: Bool) -> Bool {
        standardErrorIsTerminal && !quiet
    }

    /// Whether to redraw at `elapsed` seconds into the run, the line last drawn at `lastDrawn`.
    public static func isDue(elapsed: Double, lastDrawn: Double?) -> Bool {
        guard elapsed >= delay else { return false }
        guard let lastDrawn else { return true }
        return elapsed - lastDrawn >= interval
    }

    private let lock = NSLock()
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> Double
    private var stage: Stage?
    private var done = 0
    private var total: Int?
    private var lastDrawn: Double?

    /// - Parameters:
    ///   - write: where the line's bytes go (standard error in the tool).
    ///   - now: seconds since the run started (a `StageClock` in the tool; a fixed script in tests).
    public init(write: @escaping @Sendable (String) -> Void, now: @escaping @Sendable () -> Double) {
        self.write = write
        self.now = now
    }

    /// A line on standard error when it is a terminal and `quiet` is off; else nil.
    public static func onStandardError(quiet: Bool) -> ProgressLine? {
        guard isWanted(standardErrorIsTerminal: isatty(2) == 1, quiet: quiet) else { return nil }
        let clock = StageClock()
        return ProgressLine(write: { StandardError.write($0) }, now: { clock.seconds })
    }

    /// Follows the stages as they begin and advance.
    public var observer: StageObserver {
        StageObserver(began: { [self] stage, total in update { $0.begin(stage, total: total) } },
                      advanced: { [self] stage, n in update { $0.advance(stage, by: n) } })
    }

    /// The line's text now, without the carriage return.
    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return describe()
    }

    /// Clears the line if it was ever drawn; call before anything else goes to standard error.
    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if lastDrawn != nil { write("\r\u{1B}[K") }
        lastDrawn = nil
    }

    private func update(_ change: (ProgressLine) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(self)
        let elapsed = now()
        guard Self.isDue(elapsed: elapsed, lastDrawn: lastDrawn) else { return }
        lastDrawn = elapsed
        write("\r" + describe() + "\u{1B}[K")
    }

    /// A stage that begins again (one run in pieces) keeps its count.
    private func begin(_ stage: Stage, total: Int?) {
        if self.stage != stage {
            done = 0
            self.total = nil
        }
        self.stage = stage
        if let total { self.total = total }
    }

    private func advance(_ stage: Stage, by n: Int) {
        guard stage == self.stage else { return }
        done += n
    }

    private func describe() -> String {
        guard let stage else { return "briefing: starting" }
        guard done > 0 else { return "briefing: \(stage.activity)" }
        guard let total else { return "briefing: \(stage.activity) \(done)" }
        return "briefing: \(stage.activity) \(done) of \(total)"
    }
}
