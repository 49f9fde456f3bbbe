#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the process has used so far: peak resident memory and CPU time on all threads.
///
/// Why from `getrusage`: the kernel keeps both for free, so `--timings` costs nothing, and the
/// figures are those `/usr/bin/time` prints.
public struct ResourceUsage: Sendable, Equatable {
    /// The largest resident set the process has had, in bytes.
    public var peakMemoryBytes: Int
    /// User plus system CPU seconds, all threads.
    public var cpuSeconds: Double

    public init(peakMemoryBytes: Int, cpuSeconds: Double) {
        self.peakMemoryBytes = peakMemoryBytes
        self.cpuSeconds = cpuSeconds
    }

    /// This process, now.
    public static func current() -> ResourceUsage {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return ResourceUsage(peakMemoryBytes: 0, cpuSeconds: 0) }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)  // bytes on Darwin
        #else
        let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #endif
        return ResourceUsage(peakMemoryBytes: peak, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }
}
