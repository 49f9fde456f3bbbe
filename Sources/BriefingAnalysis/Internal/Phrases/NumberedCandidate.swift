/// A candidate key phrase of one article by its stem numbers: a `PhraseCandidate` without
/// strings.
///
/// Why: most of an article's candidates are ranked out, and building each one's key, stems and
/// written form as strings (then hashing them again against the corpus tables) cost more than
/// finding them. The strings come from the article's tables for the few kept
/// (`ArticleCandidates.phrase`).
struct NumberedCandidate: Sendable, Equatable {
    /// The stem numbers (`PhraseKey`): the identity of the phrase within its article.
    var key: UInt64
    /// Words in the phrase (1 to `KeyphraseExtractor.maxWords`).
    var wordCount: Int
    var count: Int
    /// Index of the first sentence it occurs in (the title is 0).
    var firstSentence: Int
    var inTitle: Bool
    /// Every word was a capitalised name (`PhraseCandidate.isName`).
    var isName: Bool
    /// Never seen outside one longer candidate, as often as it (`PhraseCandidate.subsumed`).
    var subsumed = false
    /// Seen outside the title at least once (`PhraseCandidate.inBody`).
    var inBody: Bool
    /// Shaped like a noun phrase by the article's evidence (`PhraseCandidate.isNounPhrase`).
    var isNounPhrase: Bool
    /// Its first written form in `CandidateForms` (-1 when it has none there).
    var firstForm: Int32 = -1

    /// The number of its `i`-th stem.
    @inline(__always) func stem(_ i: Int) -> Int { PhraseKey.number(key, i, of: wordCount) }

    /// The number of its last stem.
    @inline(__always) var lastStem: Int { Int(key & PhraseKey.mask) - 1 }

    /// The flags `TopicBuilder.mayPool` asks first: a topic is a multi-word noun phrase seen in
    /// the body, not a name and not yielding to a longer phrase. A candidate without them is
    /// not written out for the topic pool.
    var mayPool: Bool { wordCount >= 2 && !isName && isNounPhrase && inBody && !subsumed }
}
