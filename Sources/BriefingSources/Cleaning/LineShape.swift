/// What one pass over a line's bytes says about it: its words, its digits and the punctuation the
/// furniture patterns need. The cleaner asks a dozen tests of every line of every article; with
/// the shape in hand each test runs its pattern only on lines that could match it.
struct LineShape {
    private(set) var words = 0
    private(set) var digits = 0
    private(set) var hasSlash = false
    private(set) var hasParenthesis = false
    /// A hyphen or a UTF-8 sequence opening with 0xE2 (en and em dashes among them).
    private(set) var hasDash = false
    private(set) var hasAt = false

    /// A clock time's shape somewhere: a digit, perhaps a space, then "am", "pm", "noon",
    /// "midnight", "GMT", "BST" or "UTC" ("7.30 pm", "3am", "1830 GMT"). The cheap test before a
    /// pattern that wants a time.
    static func hasClockTime(_ line: String) -> Bool {
        var line = line
        return line.withUTF8(hasClockTime)
    }

    static func hasClockTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] >= 48 && bytes[index] <= 57 else { continue }
            var next = index + 1
            if next < bytes.count, bytes[next] == 0x20 { next += 1 }
            guard next + 1 < bytes.count else { return false }
            let first = bytes[next] | 0x20
            let second = bytes[next + 1] | 0x20
            if (first == UInt8(ascii: "a") || first == UInt8(ascii: "p")) && (second == UInt8(ascii: "m") || second == UInt8(ascii: ".")) { return true }
            if first == UInt8(ascii: "n") && second == UInt8(ascii: "o") { return true }
            if first == UInt8(ascii: "m") && second == UInt8(ascii: "i") { return true }
            if bytes[next] == UInt8(ascii: "G") || bytes[next] == UInt8(ascii: "B") || bytes[next] == UInt8(ascii: "U") { return true }
        }
        return false
    }

    /// A year standing between a lower-case word and a capitalised one ("… January 2011 The …"):
    /// the cheap test before the run-in date pattern.
    static func hasYearBeforeCapital(_ line: String) -> Bool {
        var line = line
        return line.withUTF8(hasYearBeforeCapital)
    }

    static func hasYearBeforeCapital(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 8 else { return false }
        for index in 2..<(bytes.count - 5) where bytes[index - 1] == 0x20 && bytes[index + 4] == 0x20 {
            guard (bytes[index] == UInt8(ascii: "1") && bytes[index + 1] == UInt8(ascii: "9"))
                    || (bytes[index] == UInt8(ascii: "2") && bytes[index + 1] == UInt8(ascii: "0")) else { continue }
            guard bytes[index + 2] >= 48 && bytes[index + 2] <= 57 && bytes[index + 3] >= 48 && bytes[index + 3] <= 57 else { continue }
            if bytes[index + 5] >= 65 && bytes[index + 5] <= 90 && bytes[index - 2] >= 97 && bytes[index - 2] <= 122 { return true }
        }
        return false
    }

    /// A slash after an "r", "s" or "t": how every role of a production credit ends
    /// ("Presenter/", "Producers/", "Host/", "Director/").
    private(set) var hasRoleSlash = false

    init(_ line: String) {
        var line = line
        line.withUTF8 { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var inWord = false
        var previous: UInt8 = 0
        for byte in bytes {
            defer { previous = byte }
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            switch byte {
            case 48...57: digits += 1
            case UInt8(ascii: "/"):
                hasSlash = true
                if previous == UInt8(ascii: "r") || previous == UInt8(ascii: "s") || previous == UInt8(ascii: "t") { hasRoleSlash = true }
            case UInt8(ascii: "("): hasParenthesis = true
            case UInt8(ascii: "-"), 0xE2: hasDash = true
            case UInt8(ascii: "@"): hasAt = true
            default: break
            }
        }
    }
}
