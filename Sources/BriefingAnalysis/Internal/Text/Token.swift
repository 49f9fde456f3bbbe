/// One token of a line: a word, a number or a punctuation mark, with its shape.
///
/// Why: every later step asks the same questions of a word (is it capitalised? all capitals?
/// what is its lower-case form?); answering them once, while the bytes are at hand, keeps the
/// hot loops free of string work.
struct Token: Sendable, Hashable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    /// The text as written.
    var text: String
    /// The lower-cased text.
    var lower: String
    var kind: Kind
    /// The first letter is upper case.
    var isCapitalized: Bool
    /// Two or more letters, all upper case ("NATO", "U.S.").
    var isAllCaps: Bool
    /// UTF-8 offsets in the line.
    var start: Int
    var end: Int
    /// The word's number in the article's `WordTable` (-1 until numbered; words only).
    var word: Int32 = -1
    /// `FunctionWords` bits of the lower-cased word (0 for most words).
    var stopFlags: UInt8 = 0

    /// A closed-class word ("the", "of").
    var isClosed: Bool { stopFlags & FunctionWords.closedBit != 0 }
    /// A closed-class or very common word.
    var isStop: Bool { stopFlags & (FunctionWords.closedBit | FunctionWords.commonBit) != 0 }
    /// Not a word for key phrases or content vectors.
    var isContentStop: Bool { stopFlags != 0 }

    var isWord: Bool { kind == .word }
    /// The possessive clitic split off a name ("Russia" + "'s").
    ///
    /// Asked of every word several times over: the byte count and last byte turn away all other
    /// words before any string comparison (no other string equals "'s" or "’s").
    var isPossessive: Bool {
        let u = lower.utf8
        guard u.count == 2 || u.count == 4, u.last == 0x73 else { return false }
        return lower == "'s" || lower == "\u{2019}s"
    }
}
