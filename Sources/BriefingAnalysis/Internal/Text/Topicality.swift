/// How much a sentence is about what the corpus is about, read from the corpus's document
/// frequencies: the share of articles holding each of its content words, averaged over its
/// `strongest` best-spread words.
///
/// Why: a news page carries more than its story. A sidebar's "Silvio Berlusconi is facing a
/// crucial vote..." on every page of an inquest, a "top stories" box, a notice of a local death:
/// each names a day, and on its day may be the only line to do so twice. Words the whole corpus
/// uses ("Murray", "trial", "oil", "well") mark a line that tells the corpus's own events; a line
/// none of whose words spread beyond a few pages is furniture.
struct Topicality {
    let documentFrequency: [String: Int]
    let documents: Int
    /// Words averaged: a few, so one common word ("said") does not make a line topical.
    var strongest = 3

    /// 0 (no word of the line is shared) to 1 (its best words are in every article), from the
    /// line's distinct content words in lower case.
    func score(_ words: Set<String>, stems: inout [String: String]) -> Double {
        guard documents > 0 else { return 1 }
        var shares: [Double] = []
        shares.reserveCapacity(words.count)
        for word in words {
            let stem: String
            if let s = stems[word] { stem = s } else { stem = Stemmer.stem(word); stems[word] = stem }
            shares.append(Double(documentFrequency[stem] ?? 0) / Double(documents))
        }
        guard !shares.isEmpty else { return 0 }
        let best = shares.sorted(by: >).prefix(strongest)
        return best.reduce(0, +) / Double(best.count)
    }
}
