import Foundation

extension StringProtocol {
    /// Byte-wise substring test (memchr for the first byte, memcmp for the rest). Foundation's
    /// `contains` goes through CFString on Linux, and the cleaner asks it of every line.
    func hasBytes(_ needle: String) -> Bool {
        var haystack = String(self)
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, let patternBase = pattern.baseAddress else { return true }
                guard let textBase = text.baseAddress, text.count >= pattern.count else { return false }
                var offset = 0
                let last = text.count - pattern.count
                while offset <= last {
                    guard let hit = memchr(textBase + offset, Int32(first), last - offset + 1) else { return false }
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(textBase)
                    if memcmp(textBase + position, patternBase, pattern.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }
}
