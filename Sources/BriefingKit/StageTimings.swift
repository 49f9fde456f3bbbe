import BriefingSupport
import Foundation

/// Adds up each stage's wall seconds as the run reports them, for `--timings`.
///
/// Why a lock: stages end on whichever thread ran them (stories and the timeline side by side,
/// the PDF beside the archive entry), and a stage run in pieces adds up its pieces.
public final class StageTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: [Stage: Double] = [:]
    /// The process's peak resident memory when each stage last ended: where memory grows.
    private var peakAtEnd: [Stage: Int] = [:]
    private let clock = StageClock()

    public init() {}

    /// Records every stage's end.
    public var observer: StageObserver {
        StageObserver(ended: { [self] stage, s in
            let peak = ResourceUsage.current().peakMemoryBytes
            lock.lock()
            seconds[stage, default: 0] += s
            peakAtEnd[stage] = max(peakAtEnd[stage] ?? 0, peak)
            lock.unlock()
        })
    }

    /// The seconds recorded for `stage`, nil when it did not run.
    public func seconds(of stage: Stage) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        return seconds[stage]
    }

    /// The process's peak resident memory, in bytes, when `stage` last ended; nil when it did not run.
    public func peakMemory(after stage: Stage) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return peakAtEnd[stage]
    }

    /// One line per stage that ran, in pipeline order, then the whole run: wall time since this
    /// value was made, CPU time, how many cores that kept busy, and peak memory.
    public func report(usage: ResourceUsage = .current()) -> [String] {
        let wall = clock.seconds
        let stages = Stage.allCases.compactMap { stage in
            seconds(of: stage).map { "timing: " + Self.padded(stage.rawValue) + String(format: "%8.3f s", $0)
                + String(format: "   peak %.1f MB so far", Double(peakMemory(after: stage) ?? 0) / 1_048_576) }
        }
        let busy = wall > 0 ? usage.cpuSeconds / wall : 0
        let total = "timing: " + Self.padded("total")
            + String(format: "%8.3f s wall, %.3f s CPU (%.2f cores busy), %.1f MB peak memory",
                     wall, usage.cpuSeconds, busy, Double(usage.peakMemoryBytes) / 1_048_576)
        let note = "timing: (stories, the timeline and topics run side by side, so stages may add up to more than the total)"
        return stages + [total, note]
    }

    private static func padded(_ name: String) -> String {
        name + String(repeating: " ", count: max(1, 11 - name.count))
    }
}
