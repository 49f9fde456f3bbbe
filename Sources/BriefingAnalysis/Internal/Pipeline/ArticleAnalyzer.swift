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
        /// Lower-case word counts (tokens written in lower case).
        var lowerCounts: [String: Int]
        /// Content stem counts (lower-case, non-stop words).
        var stems: [String: Int]
        /// The same by stem number (0 for other stems).
        var stemCounts: [Int]
    }

    /// Splits and numbers an article's words once; every per-article module reads the result.
    /// `firstPass: false` leaves `lowerCounts` and `stems` empty: only the first pass reads
    /// them (the second reads `stemCounts`).
    static func words(of article: Article, firstPass: Bool = true) -> Words {
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
        var lower: [String: Int] = [:]
        var stems: [String: Int] = [:]
        if firstPass {
            lower.reserveCapacity(table.words.count)
            stems.reserveCapacity(table.stems.count)
            for w in table.words.indices {
                if table.lowerCount[w] > 0 { lower[table.words[w]] = table.lowerCount[w] }
                if content[w] { stems[table.stems[table.stemOf[w]], default: 0] += table.count[w] }
            }
        }
        return Words(sentences: sentences, table: table, lowerCounts: lower, stems: stems, stemCounts: stemCounts)
    }

    static func analyze(_ article: Article, index: Int) -> ArticleAnalysis {
        let w = words(of: article)
        let recognizer = EntityRecognizer(lowerSeen: w.lowerCounts)
        let (mentions, pairs) = recognizer.recognize(w.sentences, table: w.table)
        return ArticleAnalysis(
            index: index,
            mentions: mentions,
            acronymPairs: pairs,
            lowerCounts: w.lowerCounts,
            stems: w.stems,
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
        let w = words(of: article, firstPass: false)
        return ArticleTerms(candidates: KeyphraseExtractor.candidates(w.sentences, table: w.table), stemCounts: w.stemCounts)
    }
}
