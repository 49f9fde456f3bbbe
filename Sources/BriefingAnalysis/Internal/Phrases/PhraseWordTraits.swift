/// What each of an article's words (by number) says of a key-phrase word, read from its
/// lower-case text once per word rather than from every token that writes it.
///
/// Why: `KeyphraseExtractor.candidates` asks this of every token, and a token's text is two
/// strings: reading them token by token copied and hashed them again and again. A token then
/// adds only what is its own (its capitals, its function-word flags) to its word's traits.
struct PhraseWordTraits {
    private let words: [String]
    /// Per word number: the bits below. Those that hash the word are worked out when first asked.
    private var bits: [UInt16]

    private static let badShape: UInt16 = 1       // possessive, one byte, or with an apostrophe
    private static let short: UInt16 = 2          // under three bytes: a phrase word only in capitals
    private static let lyEd: UInt16 = 4           // an adverb or participle ending, lower case
    private static let modifierKnown: UInt16 = 8, modifier: UInt16 = 16
    private static let pastKnown: UInt16 = 32, past: UInt16 = 64
    private static let roleKnown: UInt16 = 128, role: UInt16 = 256

    init(_ table: WordTable) {
        words = table.words
        bits = table.words.map(Self.shape)
    }

    /// The traits read from a word's text alone (as `KeyphraseExtractor.isPhraseShape` reads it).
    private static func shape(_ l: String) -> UInt16 {
        let u = l.utf8
        let n = u.count
        var b: UInt16 = 0
        if n < 2 { b |= badShape }
        if n < 3 { b |= short }
        if (n == 2 || n == 4) && u.last == 0x73 && (l == "'s" || l == "\u{2019}s") { b |= badShape }   // possessive
        let apostrophe = { (c: UInt8) in c == 0x27 || c == 0xE2 }                                  // ', ’
        if u.withContiguousStorageIfAvailable({ $0.contains(where: apostrophe) }) ?? u.contains(where: apostrophe) {
            b |= badShape
        }
        if n > 4 && (l.hasASCIISuffix("ly") || l.hasASCIISuffix("ed")) { b |= lyEd }
        return b
    }

    /// One hashed trait of word `w`, worked out once.
    @inline(__always) private mutating func trait(_ w: Int, known: UInt16, _ bit: UInt16, _ test: (String) -> Bool) -> Bool {
        if bits[w] & known == 0 { bits[w] |= known | (test(words[w]) ? bit : 0) }
        return bits[w] & bit != 0
    }

    /// Can token `q` of `T` sit in a key phrase here (`KeyphraseExtractor.isPhraseShape`, not a
    /// capitalised role word, not an irregular past form written in lower case, "held"), or
    /// open one (a modifier)? `verbish`: per word number, used as a verb in the article.
    @inline(__always) mutating func fits(_ T: [Token], _ q: Int, verbish: [Bool]) -> Bool {
        guard T[q].kind == .word else { return false }
        let w = Int(T[q].word)
        return (isPhraseShape(T[q]) && !(T[q].isCapitalized && isRole(w))
                && (T[q].isCapitalized || !verbish[w] || !isIrregularPast(w))) || isModifier(T[q])
    }

    /// `KeyphraseExtractor.isPhraseShape` of a word token.
    @inline(__always) func isPhraseShape(_ t: Token) -> Bool {
        let b = bits[Int(t.word)]
        if b & Self.badShape != 0 || t.isContentStop { return false }
        if b & Self.short != 0 && !t.isAllCaps { return false }
        return t.isCapitalized || b & Self.lyEd == 0
    }

    /// `KeyphraseExtractor.isModifier` of a word token.
    @inline(__always) mutating func isModifier(_ t: Token) -> Bool {
        t.stopFlags == FunctionWords.commonBit && !t.isAllCaps
            && trait(Int(t.word), known: Self.modifierKnown, Self.modifier) { KeyphraseExtractor.modifiers.contains($0) }
    }

    /// An irregular past form (`KeyphraseExtractor.irregularPast`).
    @inline(__always) mutating func isIrregularPast(_ w: Int) -> Bool {
        trait(w, known: Self.pastKnown, Self.past) { KeyphraseExtractor.irregularPast.contains($0) }
    }

    /// A title or role word (`KeyphraseExtractor.isRoleWord`).
    @inline(__always) mutating func isRole(_ w: Int) -> Bool {
        trait(w, known: Self.roleKnown, Self.role, KeyphraseExtractor.isRoleWord)
    }
}
