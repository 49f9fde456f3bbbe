import Dispatch

/// A monotonic stopwatch for stage timings: started when made, read in seconds.
///
/// Why monotonic: the wall clock may jump (NTP, daylight saving) in the middle of a long build;
/// uptime never goes back.
public struct StageClock: Sendable {
    private let start: UInt64

    public init() {
        start = DispatchTime.now().uptimeNanoseconds
    }

    /// Seconds since the clock was made.
    public var seconds: Double {
        Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9
    }
}
