import BriefingModel

/// The timeline's own cost, measured apart from the rest of the analysis (for `briefing-bench`).
///
/// Why a probe: date finding runs inside the per-article step and the ranking inside the
/// corpus step, so the whole analysis cannot show what they add. The probe prepares sentences
/// exactly as the analysis does (untimed), then times only the date steps, on all cores as in
/// the real run.
public enum DateExtractionProbe {
    public struct Timing: Sendable {
        /// Seconds spent finding and resolving temporal expressions.
        public var extraction: Double
        /// Seconds spent ranking days and choosing labels.
        public var ranking: Double
        /// Temporal expressions found, and timeline entries made.
        public var expressions: Int
        public var entries: Int
    }

    public static func measure(_ articles: [Article]) -> Timing {
        let prepared = ParallelAnalysis.map(articles.count) { i -> (sentences: [Sentence], stems: Set<String>) in
            // As `ArticleAnalyzer` leaves them: split, tokenised, each word numbered.
            var split = SentenceSplitter.split(title: articles[i].title, body: articles[i].body)
            var table = WordTable()
            var stems = Set<String>()
            for si in split.indices {
                for ti in split[si].tokens.indices where split[si].tokens[ti].kind == .word {
                    let w = table.number(split[si].tokens[ti].lower)
                    split[si].tokens[ti].word = Int32(w)
                    stems.insert(table.stems[table.stemOf[w]])
                }
            }
            return (split, stems)
        }
        let sentences = prepared.map(\.sentences)
        // The labels' inputs, as the corpus step has them: document frequencies, and a lead
        // sentence for each article (here its first sentence after the headline).
        var df: [String: Int] = [:]
        for p in prepared { for s in p.stems { df[s, default: 0] += 1 } }
        let topicality = Topicality(documentFrequency: df, documents: articles.count)
        let leads = sentences.map { s in s.first(where: { !$0.isTitle && !$0.isHeading })?.text ?? "" }
        let clock = ContinuousClock()
        let start = clock.now
        let found = ParallelAnalysis.map(articles.count) { i in
            DateExtractor.find(sentences[i], published: articles[i].date)
        }
        let extracted = clock.now
        var dates: [(article: Int, date: FoundDate)] = []
        for (i, list) in found.enumerated() { dates += list.map { (i, $0) } }
        let (entries, _) = TimelineBuilder.build(dates, articleIDs: articles.map(\.id),
                                                 articleDays: articles.map(\.date), titles: articles.map(\.title),
                                                 leads: leads, topicality: topicality)
        let ranked = clock.now
        func seconds(_ d: Duration) -> Double {
            Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        }
        return Timing(extraction: seconds(extracted - start), ranking: seconds(ranked - extracted),
                      expressions: dates.count, entries: entries.count)
    }
}
