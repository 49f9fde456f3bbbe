/// One article's candidate key phrases, by number (`NumberedCandidate`), with the tables their
/// strings come from: the stems' text and the written forms (`CandidateForms`).
///
/// Why numbers: an article has hundreds of candidates and keeps a few dozen (a topic pool's
/// share, a key-phrase list). Candidates are counted and ranked by stem numbers, and the
/// strings of a `PhraseCandidate` are built for the kept ones only (`phrase`).
struct ArticleCandidates: Sendable {
    private(set) var items: [NumberedCandidate] = []
    /// Stem text by stem number.
    let stems: [String]
    private(set) var forms: CandidateForms
    /// Packed stems -> candidate (`PhraseKey`).
    private var index: [UInt64: Int] = [:]

    init(stems: [String], words: Int) {
        self.stems = stems
        forms = CandidateForms(words: words)
        index.reserveCapacity(words * 2)
    }

    /// Candidates given as strings, their stems numbered in order of first use, without written
    /// forms (`phrase` shows them by key): the rankers' string interface, which maps what it
    /// ranks back to the given candidates.
    init(_ phrases: [PhraseCandidate]) {
        var numbers: [String: Int] = [:]
        var stems: [String] = []
        for p in phrases { for w in p.words where numbers[w] == nil { numbers[w] = stems.count; stems.append(w) } }
        self.init(stems: stems, words: 0)
        items = phrases.map { p in
            NumberedCandidate(key: PhraseKey.pack(p.words.map { numbers[$0]! }), wordCount: p.words.count,
                              count: p.count, firstSentence: p.firstSentence, inTitle: p.inTitle, isName: p.isName,
                              subsumed: p.subsumed, inBody: p.inBody, isNounPhrase: p.isNounPhrase)
        }
    }

    /// The written-form number of token `q` of `T` (`CandidateForms.number`).
    @inline(__always) mutating func form(_ T: [Token], _ q: Int, keep: Bool) -> Int { forms.number(T, q, keep: keep) }

    /// Where and how a phrase is used once (`note`).
    struct Use {
        var sentence: Int
        var inTitle: Bool
        var isName: Bool
        var isNounPhrase: Bool
    }

    /// One use of the phrase of packed stems `key` (`length` words), written as the packed
    /// form numbers `form`.
    mutating func note(_ key: UInt64, length: Int, form: UInt64, _ use: Use) {
        // One hash finds the candidate or claims its slot (`WordTable.claim`).
        let i = WordTable.claim(&index[key], items.count)
        if i < items.count {
            items[i].count += 1
            items[i].inTitle = items[i].inTitle || use.inTitle
            items[i].isName = items[i].isName && use.isName
            items[i].inBody = items[i].inBody || !use.inTitle
            forms.add(form, first: items[i].firstForm)
        } else {
            items.append(NumberedCandidate(key: key, wordCount: length, count: 1, firstSentence: use.sentence,
                                           inTitle: use.inTitle, isName: use.isName, inBody: !use.inTitle,
                                           isNounPhrase: use.isNounPhrase, firstForm: forms.start(form)))
        }
    }

    /// Marks the phrases never seen outside one longer candidate, as often as that one: they
    /// yield to it. Called once every use is noted.
    mutating func markSubsumed() {
        var bestContaining = [Int](repeating: 0, count: items.count)
        for c in items where c.wordCount >= 2 {
            for len in 1..<c.wordCount {
                for a in 0...(c.wordCount - len) {
                    if let i = index[PhraseKey.stretch(c.key, a, len, of: c.wordCount)] {
                        bestContaining[i] = max(bestContaining[i], c.count)
                    }
                }
            }
        }
        for i in items.indices { items[i].subsumed = bestContaining[i] >= items[i].count }
    }

    /// The candidate whose stems are packed as `key`, if any.
    func candidate(_ key: UInt64) -> Int? { index[key] }

    /// The stems of candidate `i`.
    func words(_ i: Int) -> [String] {
        let c = items[i]
        return (0..<c.wordCount).map { stems[c.stem($0)] }
    }

    /// The key of candidate `i`: its stems joined by spaces.
    func key(_ i: Int) -> String {
        let c = items[i]
        return c.wordCount == 1 ? stems[c.stem(0)] : words(i).joined(separator: " ")
    }

    /// How candidate `i` is best written (its key when it has no written forms here).
    func display(_ i: Int) -> String {
        items[i].firstForm < 0 ? key(i) : forms.best(first: items[i].firstForm)
    }

    /// Candidate `i` with its strings; `display: false` leaves its written form empty, for a
    /// list that is written out once chosen (`display`).
    func phrase(_ i: Int, display: Bool = true) -> PhraseCandidate {
        let c = items[i], words = words(i)
        let key = c.wordCount == 1 ? words[0] : words.joined(separator: " ")
        let shown = !display ? "" : c.firstForm < 0 ? key : forms.best(first: c.firstForm)
        return PhraseCandidate(key: key, words: words, display: shown,
                               count: c.count, firstSentence: c.firstSentence, inTitle: c.inTitle, isName: c.isName,
                               subsumed: c.subsumed, inBody: c.inBody, isNounPhrase: c.isNounPhrase)
    }

    /// Every candidate with its strings (for a watchlist and for tests; ranking needs none).
    var phrases: [PhraseCandidate] { items.indices.map { phrase($0) } }
}
