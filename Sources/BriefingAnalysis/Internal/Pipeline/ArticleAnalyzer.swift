import BriefingModel

/// The per-article step: a pure function from an article to its analysis.
///
/// Why pure: it reads nothing but its argument and writes nothing shared, so the corpus can be
/// split across all cores (or machines) and the results merged in any grouping.
enum ArticleAnalyzer {
    static func analyze(_ article: Article, index: Int) -> ArticleAnalysis {
        var sentences = SentenceSplitter.split(title: article.title, body: article.body)
        // Number every word once; count lower-case uses and content stems.
        var table = WordTable()
        let tokenCount = sentences.reduce(0) { $0 + $1.tokens.count }
        table.reserve(tokenCount)
        var content: [Bool] = []
        content.reserveCapacity(tokenCount)
        for si in sentences.indices {
            let heading = sentences[si].isHeading
            for ti in sentences[si].tokens.indices where sentences[si].tokens[ti].kind == .word {
                let t = sentences[si].tokens[ti]
                let w = table.number(t.lower)
                sentences[si].tokens[ti].word = Int32(w)
                if w == content.count { content.append(!t.isPossessive && t.lower.utf8.count > 2 && !t.isContentStop) }
                table.count[w] += 1
                if !t.isCapitalized && !heading && !t.isPossessive { table.lowerCount[w] += 1 }
            }
        }
        var lower: [String: Int] = [:]
        lower.reserveCapacity(table.words.count)
        var stems: [String: Int] = [:]
        stems.reserveCapacity(table.stems.count)
        for w in table.words.indices {
            if table.lowerCount[w] > 0 { lower[table.words[w]] = table.lowerCount[w] }
            if content[w] { stems[table.stems[table.stemOf[w]], default: 0] += table.count[w] }
        }
        let recognizer = EntityRecognizer(lowerSeen: lower)
        let (mentions, pairs) = recognizer.recognize(sentences, table: table)
        return ArticleAnalysis(
            index: index,
            mentions: mentions,
            acronymPairs: pairs,
            lowerCounts: lower,
            stems: stems,
            phrases: KeyphraseExtractor.candidates(sentences, table: table),
            summary: Summarizer.summarize(sentences, table: table),
            reactions: ReactionFinder.find(sentences, mentions: mentions),
            dates: DateExtractor.find(sentences, published: article.date))
    }
}
