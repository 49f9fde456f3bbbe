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

    mutating func number(_ lower: String) -> Int {
        if let i = index[lower] { return i }
        let i = words.count
        index[lower] = i
        words.append(lower)
        let st = Stemmer.stem(lower)
        if let s = stemIndex[st] { stemOf.append(s) } else {
            stemIndex[st] = stems.count
            stemOf.append(stems.count)
            stems.append(st)
        }
        lowerCount.append(0)
        count.append(0)
        return i
    }

    /// The number of an already numbered word, or nil.
    func number(ifKnown lower: String) -> Int? { index[lower] }

    @inline(__always) func stem(of token: Token) -> Int { stemOf[Int(token.word)] }
    @inline(__always) func seenLower(_ token: Token) -> Bool { lowerCount[Int(token.word)] > 0 }
}
