/// TOML the bundled parser cannot take without aborting the process.
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

    /// The 1-based line of the first construct that would abort the parser (a bad table header,
    /// an array element starting with `}`: `x = [1, }2]`, or a Unicode line break outside a
    /// string), or nil.
    public static func abortingLine(in text: String) -> Int? {
        [badHeaderLine(in: text), braceInArrayLine(in: text)].compactMap { $0 }.min()
    }

    /// An array whose next element starts with `}`, which toml++ asserts on. Strings and
    /// comments are skipped; only brackets opened inside values count as arrays.
    static func braceInArrayLine(in text: String) -> Int? {
        let bytes = Array(text.utf8)
        var stack: [UInt8] = []  // open "[" (arrays) and "{" (inline tables) inside values
        var line = 1
        var expectingElement = false
        var at = 0
        var lineStart = true
        while at < bytes.count {
            let byte = bytes[at]
            switch byte {
            case 0x0A:
                line += 1
                lineStart = true
                at += 1
                continue
            case 0x20, 0x09, 0x0D:
                at += 1
                continue
            case UInt8(ascii: "#"):
                while at < bytes.count, bytes[at] != 0x0A { at += 1 }
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let triple = at + 2 < bytes.count && bytes[at + 1] == byte && bytes[at + 2] == byte
                at = triple ? skipMultiline(bytes, from: at + 3, quote: byte, line: &line) : skipString(bytes, from: at + 1, quote: byte)
                expectingElement = false
                lineStart = false
                continue
            default:
                break
            }
            if byte == UInt8(ascii: "}"), expectingElement, stack.last == UInt8(ascii: "[") { return line }
            if isUnicodeLineBreak(bytes, at) { return line }
            expectingElement = false
            if byte == UInt8(ascii: "[") {
                if stack.isEmpty && lineStart {  // a table header: to the end of its line
                    while at < bytes.count, bytes[at] != 0x0A { at += 1 }
                    continue
                }
                stack.append(byte)
                expectingElement = true
            } else if byte == UInt8(ascii: "{") {
                stack.append(byte)
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                if !stack.isEmpty { stack.removeLast() }
            } else if byte == UInt8(ascii: ",") {
                expectingElement = stack.last == UInt8(ascii: "[")
            }
            lineStart = false
            at += 1
        }
        return nil
    }

    /// NEL (U+0085) and the line and paragraph separators (U+2028, U+2029) outside a string: the
    /// parser asserts when an array element starts with one (`x = [\u{2028}1]`), and they are
    /// never legal there in TOML, so a file holding one anywhere outside a string is refused.
    static func isUnicodeLineBreak(_ bytes: [UInt8], _ at: Int) -> Bool {
        guard at + 1 < bytes.count else { return false }
        if bytes[at] == 0xC2 && bytes[at + 1] == 0x85 { return true }
        return bytes[at] == 0xE2 && at + 2 < bytes.count && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0xA8 || bytes[at + 2] == 0xA9)
    }

    private static func skipString(_ bytes: [UInt8], from start: Int, quote: UInt8) -> Int {
        var at = start
        while at < bytes.count, bytes[at] != quote, bytes[at] != 0x0A {
            at += (quote == UInt8(ascii: "\"") && bytes[at] == UInt8(ascii: "\\")) ? 2 : 1
        }
        return at + 1
    }

    private static func skipMultiline(_ bytes: [UInt8], from start: Int, quote: UInt8, line: inout Int) -> Int {
        var at = start
        while at + 2 < bytes.count, !(bytes[at] == quote && bytes[at + 1] == quote && bytes[at + 2] == quote) {
            if bytes[at] == 0x0A { line += 1 }
            at += (quote == UInt8(ascii: "\"") && bytes[at] == UInt8(ascii: "\\")) ? 2 : 1
        }
        return at + 3
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
