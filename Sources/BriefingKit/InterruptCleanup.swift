import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that must not outlive an interrupted run.
///
/// Why: an atomic write renders into a hidden `.NAME.PID.RAND.tmp` beside the target. When the
/// user presses Ctrl-C, closes the terminal or a job runner sends SIGTERM, the process ends
/// before its `catch` can remove that file, and such files would pile up beside the PDF. The
/// paths live in a fixed C buffer registered before any signal can arrive, so the handler only
/// reads memory and calls `unlink` and `raise`, both async-signal-safe.
enum InterruptCleanup {
    static let slotCount = 16
    static let slotSize = 4096
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        buffer.initialize(repeating: 0, count: slotCount * slotSize)
        return buffer
    }()
    static let lock = NSLock()
    nonisolated(unsafe) static var installed = false

    /// Remembers `path` for removal on SIGINT, SIGTERM, SIGHUP or SIGPIPE; returns the slot to release,
    /// or nil when the path is too long or every slot is taken (the file is then only removed by
    /// a later run, as a stale one).
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8CString)
        guard bytes.count <= slotSize else { return nil }
        lock.lock()
        defer { lock.unlock() }
        installHandlers()
        for slot in 0..<slotCount where slots[slot * slotSize] == 0 {
            let start = slots + slot * slotSize
            for (offset, byte) in bytes.enumerated().dropFirst() { start[offset] = byte }
            start[0] = bytes[0]  // last, so the handler never sees half a path
            return slot
        }
        return nil
    }

    static func release(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        slots[slot * slotSize] = 0
        lock.unlock()
    }

    /// Installs the handler for the signals that end a run from outside (SIGPIPE: a reader of
    /// standard output that went away), leaving alone a signal the caller chose to ignore
    /// (`nohup` ignores SIGHUP).
    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            let previous = signal(signalNumber, removeTemporariesAndResignal)
            if let previous, unsafeBitCast(previous, to: Int.self) == 1 {  // SIG_IGN
                signal(signalNumber, previous)
            }
        }
    }
}

/// The signal handler: removes every registered temporary file, then lets the signal end the
/// process as it would have without us (so the exit status still says which signal it was).
private func removeTemporariesAndResignal(_ signalNumber: Int32) {
    let slots = InterruptCleanup.slots
    for slot in 0..<InterruptCleanup.slotCount where slots[slot * InterruptCleanup.slotSize] != 0 {
        unlink(slots + slot * InterruptCleanup.slotSize)
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
