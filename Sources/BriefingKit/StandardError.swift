import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages on standard error that can never stop a run.
///
/// Why: `FileHandle.write(_:)` traps when the write fails, so `briefing ... 2>/dev/full` (or a
/// standard error closed by the caller) ended in a crash before the real work was done. A
/// message that cannot be shown is dropped; the exit status still tells what happened.
public enum StandardError {
    public static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
