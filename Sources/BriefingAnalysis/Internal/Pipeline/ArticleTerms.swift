/// An article's phrase candidates and content stem counts: what its key phrases, topic
/// candidates and story vector are ranked from once corpus statistics are known.
///
/// Why a value of its own: it lives only while one article is finished in the second pass
/// (`ArticleAnalyzer.terms`), never for the whole corpus at once.
struct ArticleTerms: Sendable {
    var phrases: [PhraseCandidate]
    /// Content stem counts (lower-case, non-stop words).
    var stems: [String: Int]
}
