/// An article's phrase candidates and content stem counts: what its key phrases, topic
/// candidates and story vector are ranked from once corpus statistics are known.
///
/// Why a value of its own: it lives only while one article is finished in the second pass
/// (`ArticleAnalyzer.terms`), never for the whole corpus at once.
struct ArticleTerms: Sendable {
    /// The candidates by number, with the article's stems (`ArticleCandidates`).
    var candidates: ArticleCandidates
    /// Content stem counts by stem number (lower-case, non-stop words; 0 for other stems).
    var stemCounts: [Int]

    /// Every candidate with its strings.
    var phrases: [PhraseCandidate] { candidates.phrases }

    /// The stems' corpus statistics, each stem in a candidate or counted as content looked up
    /// once in `documentFrequency`.
    func statistics(documentFrequency: [String: Int]) -> StemStatistics {
        var needed = stemCounts.map { $0 > 0 }
        for c in candidates.items {
            for j in 0..<c.wordCount { needed[c.stem(j)] = true }
        }
        return StemStatistics(candidates.stems, documentFrequency: documentFrequency, contentCounts: stemCounts,
                              needed: needed)
    }
}
