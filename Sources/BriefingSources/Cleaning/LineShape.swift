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

    init(_ line: String) {
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            switch byte {
            case 48...57: digits += 1
            case UInt8(ascii: "/"): hasSlash = true
            case UInt8(ascii: "("): hasParenthesis = true
            case UInt8(ascii: "-"), 0xE2: hasDash = true
            case UInt8(ascii: "@"): hasAt = true
            default: break
            }
        }
    }
}
