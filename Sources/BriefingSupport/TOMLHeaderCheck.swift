/// Table headers the bundled TOML parser cannot take without aborting the process.
///
/// Why: toml++ (inside TOMLKit) asserts, and so ends the whole run with SIGABRT, when a table
/// header's name starts with anything but a bare-key character or a quote: `[<a]`, `[.a]`,
/// `[[,]]` (found by `make fuzz`). Such a header is malformed TOML anyway, so every TOML file
/// (watchlist, sources.toml, style) is checked first and refused with its line instead.
public enum TOMLHeaderCheck {
    /// The 1-based line of the first header that would abort the parser, or nil.
    public static func badHeaderLine(in text: String) -> Int? {
        var inMultilineString: [UInt8]? = nil  // the delimiter, while inside one
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            if inMultilineString == nil, startsBadHeader(bytes) { return lineNumber }
            inMultilineString = multilineState(after: bytes, starting: inMultilineString)
        }
        return nil
    }

    /// `[` or `[[`, white space, then a character no key can start with.
    static func startsBadHeader(_ line: [UInt8]) -> Bool {
        var at = 0
        func skipSpace() { while at < line.count, line[at] == 0x20 || line[at] == 0x09 { at += 1 } }
        skipSpace()
        guard at < line.count, line[at] == UInt8(ascii: "[") else { return false }
        at += 1
        let arrayOfTables = at < line.count && line[at] == UInt8(ascii: "[")
        if arrayOfTables { at += 1 }
        skipSpace()
        guard at < line.count else { return true }  // "[[" then the line ends: aborts too
        let byte = line[at]
        if !arrayOfTables && byte == UInt8(ascii: "[") { return false }  // "[ [": the parser reports it
        // A carriage return here aborts the parser too ("[\rfonts]").
        return !(isBareKeyByte(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "]"))
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x2D
    }

    /// Whether a multi-line string (`"""` or `'''`) is open after `line`.
    static func multilineState(after line: [UInt8], starting: [UInt8]?) -> [UInt8]? {
        var open = starting
        var at = 0
        while at + 2 < line.count {
            let triple = Array(line[at..<at + 3])
            if let current = open {
                if triple == current { open = nil; at += 3; continue }
            } else if triple == [0x22, 0x22, 0x22] || triple == [0x27, 0x27, 0x27] {
                open = triple
                at += 3
                continue
            } else if line[at] == UInt8(ascii: "#") {
                break
            }
            at += 1
        }
        return open
    }
}
