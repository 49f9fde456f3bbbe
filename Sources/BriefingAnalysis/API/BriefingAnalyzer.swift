import BriefingModel

/// Turns articles into a `Briefing`: each article is analysed on its own (a pure function,
/// run in parallel), then the per-article results are merged into the corpus-wide picture,
/// and the corpus-level steps (alias merging, topics, reactions, stories, timeline, executive
/// summary) run over the merged aggregate.
///
/// The output is deterministic: the same articles give the same briefing (ties are broken by
/// name or article order, never by hashing or thread timing).
public struct BriefingAnalyzer: Sendable {
    /// Key phrases kept per article.
    public var keyphrasesPerArticle: Int
    /// Mean cosine similarity above which articles are one story (average linkage).
    public var storyThreshold: Double
    /// Topics the analyst follows (`--topics FILE`): always listed, even at zero.
    public var watchlist: [WatchedTopic] = []

    public init(keyphrasesPerArticle: Int = 10, storyThreshold: Double = 0.04) {
        self.keyphrasesPerArticle = keyphrasesPerArticle
        self.storyThreshold = storyThreshold
    }

    /// - Parameters:
    ///   - articles: the articles, in reading order.
    ///   - title: the briefing's title.
    ///   - generated: the day the briefing is made (shown on the cover, never used as an article date).
    ///   - skipped, warnings: what the reader could not read or had to repair, carried to the sources page.
    public func briefing(for articles: [Article], title: String, generated: Day,
                         skipped: [SkippedFile] = [], warnings: [String] = []) -> Briefing {
        let ids = articles.map(\.id)
        let (analyses, aggregate) = ParallelAnalysis.run(articles)

        // Participants, merged across the corpus.
        let aliases = AliasMerger.merge(aggregate, articleIDs: ids)
        let participantNames = Set(aliases.participants.flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })

        // Per-article results that need corpus statistics: again one article per task.
        let limit = keyphrasesPerArticle
        let canonical = aliases.canonical
        var clusterer = StoryClusterer()
        clusterer.threshold = storyThreshold
        let storyModel = clusterer
        let entityDF = Dictionary(aliases.participants.map { ($0.name, $0.articles.count) }, uniquingKeysWith: max)
        let finished = ParallelAnalysis.map(articles.count) { i -> (ArticleDigest, [PhraseCandidate], [(String, Double)]) in
            let a = analyses[i]
            let article = articles[i]
            let ranked = KeyphraseExtractor.rank(a.phrases, documentFrequency: aggregate.stemDF,
                                                 documents: aggregate.documents, termCounts: a.stems, limit: 60)
            // A long ranking, so that the multi-word phrases strong enough to lead are in it.
            let terms = KeyphraseRanker.rank(a.phrases, documentFrequency: aggregate.stemDF,
                                             documents: aggregate.documents, limit: limit * KeyphraseList.poolFactor)
            let keyphrases = KeyphraseList.compose(terms, limit: limit)
            var counts: [String: Int] = [:]
            for m in a.mentions { if let c = canonical[m.surface] { counts[c, default: 0] += 1 } }
            let people = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
            let digest = ArticleDigest(id: article.id, title: article.title, date: article.date, source: article.source,
                                       url: article.url, duplicates: article.duplicates, keyphrases: keyphrases.map(\.display),
                                       summary: a.summary, participants: people)
            let vector = storyModel.vector(stems: a.stems, entities: counts, stemDF: aggregate.stemDF,
                                           entityDF: entityDF, documents: aggregate.documents)
            return (digest, Array(ranked.prefix(40)), vector)
        }
        let digests = finished.map(\.0)
        let topicPhrases = finished.map(\.1)

        let nameWords = Set(aliases.participants.filter { $0.kind == .person || $0.kind == .place }.flatMap { p in
            ([p.name] + p.aliases).flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }) }.map { Stemmer.stem(NameKey.of($0)) }
        })
        // The remaining corpus-level steps are independent of each other: run them side by side.
        nonisolated(unsafe) var topics: [Topic] = []
        nonisolated(unsafe) var reactions: [ReactionTheme] = []
        nonisolated(unsafe) var stories: [Story] = []
        nonisolated(unsafe) var executive: [CitedSentence] = []
        nonisolated(unsafe) var timeline: [TimelineEntry] = []
        nonisolated(unsafe) var note: String? = nil
        let vectors = finished.map(\.2)
        ParallelAnalysis.together([
            {
                topics = TopicBuilder.build(perArticle: topicPhrases, names: participantNames, nameWords: nameWords,
                                            articleIDs: ids, watchlist: watchlist, allPhrases: analyses.map(\.phrases))
            },
            {
                let clusters = storyModel.cluster(vectors: vectors)
                stories = clusters.map { c in
                    Story(title: Self.headline(articles[c.members[0]].title), articles: c.members.sorted().map { ids[$0] },
                          summary: Self.storySummary(c, analyses))
                }
                executive = ExecutiveSummarizer.summarize(stories: clusters, summaries: analyses.map(\.summary),
                                                          articleIDs: ids, titles: stories.map(\.title))
            },
            {
                reactions = ReactionThemeBuilder.build(aggregate.reactions, canonical: canonical, articleIDs: ids)
                (timeline, note) = TimelineBuilder.build(aggregate.dates, articleIDs: ids, articleDays: articles.map(\.date),
                                                         titles: articles.map(\.title))
            },
        ])

        let days = articles.compactMap(\.date)
        let corpus = Corpus(articleCount: articles.count,
                            sourceCount: Set(articles.compactMap(\.source)).count,
                            undatedCount: articles.count - days.count,
                            firstDay: days.min(), lastDay: days.max(),
                            skipped: skipped, warnings: warnings)
        let participants = RoleSourceBuilder.attach(aliases.participants, analyses: analyses,
                                                    canonical: canonical, articleIDs: ids)
        var briefing = Briefing(title: title, generated: generated, corpus: corpus, executiveSummary: executive,
                        articles: digests, participants: participants, topics: topics,
                        reactions: reactions, stories: stories, timeline: timeline, timelineNote: note)
        briefing.cooccurrences = CooccurrenceBuilder.build(analyses: analyses, canonical: canonical, articleIDs: ids)
        return briefing
    }

    /// A story's title: its central article's title, cut to its first sentence when a source
    /// put a whole paragraph on the title line.
    static func headline(_ title: String) -> String {
        guard title.count > 120 else { return title }
        let first = SentenceSplitter.split(title: "", body: title).first(where: { !$0.isTitle })?.text ?? title
        return first.count <= 160 ? first : ReactionThemeBuilder.trim(first, limit: 120)
    }

    /// Up to three sentences: the best of the most central articles, without repeats.
    private static func storySummary(_ c: StoryClusterer.Cluster, _ analyses: [ArticleAnalysis]) -> [String] {
        var out: [String] = []
        var chosen: [Set<String>] = []
        for round in 0..<3 {
            for a in c.members where out.count < 3 {
                let summary = analyses[a].summary
                guard round < summary.count else { continue }
                let s = summary[round]
                let st = Set(Tokenizer.tokenize(s).filter { $0.kind == .word && !FunctionWords.isStop($0.lower) }.map { Stemmer.stem($0.lower) })
                if chosen.contains(where: { Summarizer.jaccard($0, st) >= 0.4 }) { continue }
                chosen.append(st)
                out.append(s)
            }
        }
        return out
    }
}
