import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files left by runs that were killed (SIGKILL, a power cut) before they could
/// clean up: `.NAME.PID.RAND.tmp` beside the target, whose process no longer exists.
///
/// Why by PID: another run writing the same target at the same time owns its temporary file;
/// only files whose writer is gone are certainly abandoned.
enum StaleTemporaries {
    /// The temporary name for writing `name` in this process.
    static func name(for name: String) -> String {
        ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Removes the abandoned temporary files of `name` in `folder`; returns how many.
    @discardableResult
    static func remove(for name: String, in folder: String) -> Int {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for entry in entries {
            guard let pid = writerPID(entry, target: name), pid != getpid(), !isRunning(pid) else { continue }
            if unlink(folder + "/" + entry) == 0 { removed += 1 }
        }
        return removed
    }

    /// The PID in `.NAME.PID.RAND.tmp`, or nil when `entry` is not a temporary file of `target`.
    static func writerPID(_ entry: String, target: String) -> Int32? {
        let prefix = "." + target + "."
        guard entry.hasPrefix(prefix), entry.hasSuffix(".tmp") else { return nil }
        let middle = entry.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
        guard middle.count == 2, UInt32(middle[1]) != nil, let pid = Int32(middle[0]), pid > 0 else { return nil }
        return pid
    }

    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
