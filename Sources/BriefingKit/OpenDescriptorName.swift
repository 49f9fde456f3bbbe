import BriefingSupport
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names that stand for a descriptor this process already holds: `/dev/stdout`, `/dev/fd/1`,
/// `/proc/self/fd/1`, `/proc/<our pid>/fd/1`.
///
/// Why: `-o /dev/stdout` means "where my standard output goes". Following the links ends at
/// `pipe:[123]` (no path at all) or at the file the shell opened, whose folder the run may not
/// be allowed to write into; renaming a temporary file over it would also miss the shell's open
/// file. Writing to the descriptor itself is what `-o -` does, and what the user asked for.
enum OpenDescriptorName {
    /// The descriptor named by `path` or by any link on the way from it, or nil.
    static func descriptor(reachedFrom path: String) throws -> Int32? {
        var current = path
        for _ in 0..<40 {
            if let descriptor = descriptor(named: current) {
                return fcntl(descriptor, F_GETFD) == -1 ? nil : descriptor
            }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return nil
            }
            current = destination.hasPrefix("/") ? destination : PathParts.folder(of: current) + "/" + destination
        }
        throw AtomicFile.Failure.linkLoop(path)
    }

    /// The N of `/dev/fd/N`, `/proc/self/fd/N`, `/proc/thread-self/fd/N` or `/proc/PID/fd/N`
    /// with this process's PID; `/dev/stdout` and `/dev/stderr` are 1 and 2.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        case "/dev/stdin": return 0
        default: break
        }
        let owners = ["/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/", "/proc/\(getpid())/fd/"]
        guard let owner = owners.first(where: { path.hasPrefix($0) }) else { return nil }
        guard let number = Int32(path.dropFirst(owner.count)), number >= 0 else { return nil }
        return number
    }
}
