extension Substring {
    /// The text without leading and trailing ASCII white space. Much cheaper than Foundation's
    /// `trimmingCharacters(in:)`, which bridges through NSString on Linux.
    var trimmedWhiteSpace: String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        guard let first = utf8.firstIndex(where: { !isSpace($0) }),
              let last = utf8.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The string itself, not a copy, when there is nothing to trim (the usual case).
    var trimmedWhiteSpace: String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        if let first = utf8.first, let last = utf8.last, !isSpace(first), !isSpace(last) { return self }
        return self[...].trimmedWhiteSpace
    }
}
