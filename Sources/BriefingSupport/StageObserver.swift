/// Hears how a run advances, from any thread: a stage begins (with how many items it will count,
/// when known), counts items done, and ends after so many seconds of wall time. A stage that runs
/// in several pieces begins and ends once per piece.
///
/// Why callbacks: the libraries only measure; whoever drives them decides what to show (the
/// command line's `--timings` and progress line, the benchmark, or nothing).
public struct StageObserver: Sendable {
    public var began: @Sendable (_ stage: Stage, _ total: Int?) -> Void
    /// `done` more items of the stage are finished (an increment, not a running total).
    public var advanced: @Sendable (_ stage: Stage, _ done: Int) -> Void
    public var ended: @Sendable (_ stage: Stage, _ seconds: Double) -> Void

    public init(began: @escaping @Sendable (Stage, Int?) -> Void = { _, _ in },
                advanced: @escaping @Sendable (Stage, Int) -> Void = { _, _ in },
                ended: @escaping @Sendable (Stage, Double) -> Void = { _, _ in }) {
        self.began = began
        self.advanced = advanced
        self.ended = ended
    }

    /// Hears nothing.
    public static let silent = StageObserver()

    /// Runs `body` as (a piece of) `stage`, reporting its start and its wall seconds.
    public func measure<T>(_ stage: Stage, total: Int? = nil, _ body: () throws -> T) rethrows -> T {
        began(stage, total)
        let clock = StageClock()
        defer { ended(stage, clock.seconds) }
        return try body()
    }

    /// Both observers hear everything, `self` first.
    public func and(_ other: StageObserver) -> StageObserver {
        StageObserver(began: { began($0, $1); other.began($0, $1) },
                      advanced: { advanced($0, $1); other.advanced($0, $1) },
                      ended: { ended($0, $1); other.ended($0, $1) })
    }
}
