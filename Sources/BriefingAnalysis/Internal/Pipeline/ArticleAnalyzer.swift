import BriefingModel

/// The per-article step: a pure function from an article to its analysis.
///
/// Why pure: it reads nothing but its argument and writes nothing shared, so the corpus can be
/// split across all cores (or machines) and the results merged in any grouping.
enum ArticleAnalyzer {
    /// An article's sentences with every word numbered, and the counts read from them.
    struct Words {
        var sentences: [Sentence]
        var table: WordTable
        /// Content stem counts (lower-case, non-stop words) by stem number (0 for other stems).
        var stemCounts: [Int]

        /// Lower-case words and the times each is written in lower case (tokens so written),
        /// in word-number order.
        ///
        /// Why a list and not a table: the corpus adds them up (`CorpusAggregate`), and building
        /// a table per article first hashed every word once more.
        var lowerWords: [(word: String, count: Int)] {
            table.words.indices.compactMap { w in table.lowerCount[w] > 0 ? (table.words[w], table.lowerCount[w]) : nil }
        }

        /// The content stems, in stem-number order.
        var contentStems: [String] {
            stemCounts.indices.compactMap { stemCounts[$0] > 0 ? table.stems[$0] : nil }
        }
    }

    /// Splits and numbers an article's words once; every per-article module reads the result.
    static func words(of article: Article) -> Words {
        var sentences = SentenceSplitter.split(title: article.title, body: article.body)
        // Number every word once; count lower-case uses and content stems.
        var table = WordTable()
        let tokenCount = sentences.reduce(0) { $0 + $1.tokens.count }
        table.reserve(tokenCount)
        var content: [Bool] = []
        content.reserveCapacity(tokenCount)
        for si in sentences.indices {
            let heading = sentences[si].isHeading
            // Tokens read in place: a copy of each (two strings) cost more than the numbering.
            sentences[si].tokens.withUnsafeMutableBufferPointer { tokens in
                for ti in tokens.indices where tokens[ti].kind == .word {
                    let w = table.number(tokens[ti].lower)
                    tokens[ti].word = Int32(w)
                    let possessive = tokens[ti].isPossessive
                    if w == content.count {
                        content.append(!possessive && tokens[ti].lower.utf8.count > 2 && !tokens[ti].isContentStop)
                    }
                    table.count[w] += 1
                    if !tokens[ti].isCapitalized && !heading && !possessive { table.lowerCount[w] += 1 }
                }
            }
        }
        var stemCounts = [Int](repeating: 0, count: table.stems.count)
        for w in table.words.indices where content[w] { stemCounts[table.stemOf[w]] += table.count[w] }
        return Words(sentences: sentences, table: table, stemCounts: stemCounts)
    }

    static func analyze(_ article: Article, index: Int) -> ArticleAnalysis {
        let w = words(of: article)
        let recognizer = EntityRecognizer(table: w.table)
        let (mentions, pairs) = recognizer.recognize(w.sentences, table: w.table)
        return ArticleAnalysis(
            index: index,
            mentions: mentions,
            acronymPairs: pairs,
            lowerWords: w.lowerWords,
            contentStems: w.contentStems,
            summary: Summarizer.summarize(w.sentences, table: w.table),
            reactions: ReactionFinder.find(w.sentences, mentions: mentions),
            dates: DateExtractor.find(w.sentences, published: article.date))
    }

    /// What the second pass ranks, worked out again from the text: the article's phrase
    /// candidates and its content stem counts.
    ///
    /// Why again rather than kept from the first pass: an article has hundreds of candidates,
    /// and holding them all until the corpus statistics are known made memory grow with the
    /// corpus many times over (tens of kilobytes an article); splitting and numbering the words a
    /// second time costs far less than that memory did.
    static func terms(of article: Article) -> ArticleTerms {
        let w = words(of: article)
        return ArticleTerms(candidates: KeyphraseExtractor.candidates(w.sentences, table: w.table), stemCounts: w.stemCounts)
    }
}
