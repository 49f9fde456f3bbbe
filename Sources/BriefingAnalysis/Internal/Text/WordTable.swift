/// An article's distinct words, numbered once, with their stems and lower-case counts.
///
/// Why: string hashing dominated the per-article step (every module looked words up again).
/// Numbering each token's word once lets the key-phrase and summary steps work on integers.
struct WordTable: Sendable {
    private var index: [String: Int] = [:]
    /// Lower-cased word by number.
    private(set) var words: [String] = []
    /// Stem number by word number.
    private(set) var stemOf: [Int] = []
    /// Stem text by stem number.
    private(set) var stems: [String] = []
    private var stemIndex: [String: Int] = [:]
    /// Times each word is written in lower case in the body (the common-word signal).
    var lowerCount: [Int] = []
    /// Times each word occurs.
    var count: [Int] = []

    /// Room for an article of `words` word tokens, so the tables never grow (and rehash) while
    /// it is numbered.
    mutating func reserve(_ words: Int) {
        index.reserveCapacity(words)
        stemIndex.reserveCapacity(words)
        self.words.reserveCapacity(words)
        stemOf.reserveCapacity(words)
        stems.reserveCapacity(words)
        lowerCount.reserveCapacity(words)
        count.reserveCapacity(words)
    }

    /// The word's number, numbering it (and its stem) if it is new.
    ///
    /// Each table is searched once per call: the slot a lookup finds empty is the one filled,
    /// so a new word's or stem's key is not hashed a second time to insert it.
    mutating func number(_ lower: String) -> Int {
        let next = words.count
        let i = Self.claim(&index[lower], next)
        guard i == next else { return i }
        words.append(lower)
        let st = Stemmer.stem(lower)
        let stem = Self.claim(&stemIndex[st], stems.count)
        stemOf.append(stem)
        if stem == stems.count { stems.append(st) }
        lowerCount.append(0)
        count.append(0)
        return next
    }

    /// The number in `slot`, or `next` stored there when it is empty. (Called with a
    /// dictionary's subscript as `slot`, one hash finds or fills the entry.)
    @inline(__always) static func claim(_ slot: inout Int?, _ next: Int) -> Int {
        if let known = slot { return known }
        slot = next
        return next
    }

    /// The number of an already numbered word, or nil.
    func number(ifKnown lower: String) -> Int? { index[lower] }

    @inline(__always) func stem(of token: Token) -> Int { stemOf[Int(token.word)] }
    @inline(__always) func seenLower(_ token: Token) -> Bool { lowerCount[Int(token.word)] > 0 }
}
