/// Tells a phrase that is a unit from a piece cut out of a longer expression, by the words the
/// coverage writes next to it.
///
/// Why: candidates are every one-to-three-word stretch between stop words, so some are cut from
/// a longer unit -- "worst oil" from "worst oil spill", "world number" from "world number one",
/// "forces loyal" from "forces loyal to", "practice medicine" from "licence to practice
/// medicine". A term that stands on its own is written in varied company (the idea behind
/// accessor variety and branching entropy in term extraction); a fragment keeps the same
/// neighbour in most of its uses. Judged over the corpus, not one article: one article says too
/// little, and a topic is a corpus-level claim.
enum PhraseBoundary {
    /// Fewer uses than this say nothing about a phrase's company.
    static let minimumUses = 3
    /// Share of its uses a phrase must share one neighbour in to be a fragment. Two thirds:
    /// well above how often a term that stands alone keeps one neighbour ("lethal dose" is
    /// followed by "of", a preposition, which is allowed; "oil leak" by anything), and below
    /// the near-always of a cut ("worst oil" before "spill").
    static let dominantShare = 2.0 / 3.0
    /// Articles sampled per phrase: enough uses to judge, bounded work at any corpus size.
    static let sampleArticles = 24

    /// Number words that end a longer unit after a cut phrase ("world number one").
    static let countingWords: Set<String> = Set("""
    one two three four five six seven eight nine ten eleven twelve first second third
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// The neighbours of one phrase's uses.
    struct Company {
        var uses = 0
        var before: [String: Int] = [:]
        var after: [String: Int] = [:]

        /// The most frequent neighbour and its share of the uses.
        static func dominant(_ counts: [String: Int], uses: Int) -> (word: String, share: Double)? {
            guard let top = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { return nil }
            return (top.key, Double(top.value) / Double(uses))
        }

        /// A cut: mostly after "to" (an infinitive: a verb leads it), or mostly before "to", a
        /// number or one content word (the unit goes on).
        var isFragment: Bool {
            guard uses >= PhraseBoundary.minimumUses else { return false }
            if let (word, share) = Self.dominant(before, uses: uses), share >= PhraseBoundary.dominantShare, word == "to" {
                return true
            }
            guard let (word, share) = Self.dominant(after, uses: uses), share >= PhraseBoundary.dominantShare else { return false }
            if word == "to" || PhraseBoundary.countingWords.contains(word) { return true }
            guard let first = word.unicodeScalars.first else { return false }
            if first.properties.numericType != nil { return true }
            return first.properties.isAlphabetic && !FunctionWords.isStop(word) && FunctionWords.flags[word] == nil
        }
    }

    /// The phrases (each given by its written forms, lower case, as word lists) that are
    /// fragments, judged on the bodies of the articles that use them.
    ///
    /// - Parameters:
    ///   - forms: per phrase, its written forms.
    ///   - articles: per phrase, the articles that use it (a sample is read).
    ///   - body: an article's body by index.
    static func fragments(forms: [[[String]]], articles: [[Int]], body: (Int) -> String) -> Set<Int> {
        // Which phrases to look for in which article, so each article is tokenised once.
        var wanted: [Int: [Int]] = [:]
        for (p, list) in articles.enumerated() {
            for a in list.prefix(sampleArticles) { wanted[a, default: []].append(p) }
        }
        var company = [Company](repeating: Company(), count: forms.count)
        for a in wanted.keys.sorted() {
            let words = Tokenizer.tokenize(body(a)).map { $0.kind == .punct ? "" : $0.lower }
            for p in wanted[a]! { count(forms[p], in: words, into: &company[p]) }
        }
        return Set(company.indices.filter { company[$0].isFragment })
    }

    /// Records the neighbours of every use of the phrase's forms in one article's words
    /// (punctuation as an empty word: a phrase before a full stop is closed).
    static func count(_ forms: [[String]], in words: [String], into company: inout Company) {
        for form in forms where !form.isEmpty && form.count <= words.count {
            var i = 0
            while i + form.count <= words.count {
                if words[i] == form[0], words[i..<(i + form.count)].elementsEqual(form) {
                    company.uses += 1
                    company.before[i > 0 ? words[i - 1] : "", default: 0] += 1
                    let end = i + form.count
                    company.after[end < words.count ? words[end] : "", default: 0] += 1
                    i = end
                } else {
                    i += 1
                }
            }
        }
    }
}
