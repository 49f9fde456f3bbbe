/// A candidate key phrase of one article, with the statistics ranking needs.
///
/// Why statistics and not a final list: a good key phrase is frequent in its article but rare
/// in the corpus (TF-IDF), so the final ranking waits for the merged document frequencies.
///
/// The strings are built only for the candidates an article keeps: its candidates are found
/// and ranked by number (`NumberedCandidate`, `ArticleCandidates.phrase`).
struct PhraseCandidate: Sendable, Hashable {
    /// Stems joined by spaces: the identity of the phrase.
    var key: String
    /// The stems.
    var words: [String]
    /// How the phrase is best written (its most frequent form in the article).
    var display: String
    var count: Int
    /// Index of the first sentence it occurs in (the title is 0).
    var firstSentence: Int
    var inTitle: Bool
    /// Every word was a capitalised name: a participant, not a subject.
    var isName: Bool
    /// Never seen outside one longer candidate (as often as it): yields to that one.
    var subsumed: Bool
    /// Seen outside the title at least once. Headlines are telegraphic ("India calls",
    /// "Phish Phavors New"): a grouping of words seen only there is no reliable phrase.
    var inBody: Bool = true
    /// Shaped like a noun phrase by the article's own evidence: no word of it is used as a
    /// verb or predicate ("they calls", "is real") more often than as a noun ("the calls").
    /// A phrase that is not ("India calls") is no key phrase; a word that is not ("talking")
    /// names no subject on its own.
    var isNounPhrase: Bool = true
}
