#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the machine. Why: the per-article step is split into chunks per core.
enum System {
    static var activeProcessorCount: Int {
        #if canImport(Glibc) || canImport(Darwin)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 2
        #endif
    }

    /// Hands the pages of freed memory back to the system.
    ///
    /// Why: glibc's allocator keeps freed small blocks in its heaps for reuse, and the large
    /// arrays of story grouping are mapped afresh, not carved from them. So the article bodies
    /// and first-pass names dropped after the second pass (hundreds of megabytes at 100,000
    /// articles, scattered through the heaps) stayed resident beneath the story graph, where
    /// memory peaks. On other systems it does nothing.
    static func returnFreedMemory() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `malloc_trim` (in `malloc.h`, which the Glibc module does not bring in).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
