import BriefingModel
import BriefingSupport

/// The analysis, step by step, for one corpus:
///
/// 1. each article on its own (`ArticleAnalyzer`, on every core), merged into a `CorpusAggregate`;
/// 2. participants: the written forms of names merged across the corpus (`AliasMerger`);
/// 3. each article again, now with corpus statistics and participants (`FinishedArticle`, on
///    every core); then the topics; then the article bodies are dropped;
/// 4. the corpus-level steps (`CorpusSteps`), independent of each other and so run side by side:
///    stories, the timeline, what to watch, role sources, who appears with whom; then
///    reactions and the key developments, which read the stories and the timeline;
/// 5. the `Briefing`.
///
/// Why this shape: per-article work is a pure function and the aggregate merges, so the same code
/// could shard across machines; only steps 2 and 4 see the whole corpus.
struct CorpusPipeline {
    var keyphrasesPerArticle: Int
    var storyThreshold: Double
    var watchlist: [WatchedTopic]
    /// Hears each stage's start and wall seconds, and each article analysed.
    var observer: StageObserver = .silent

    /// `articles` are taken, not borrowed: their bodies are dropped once the second pass is done
    /// (`dropBodies`), and only a caller that keeps no copy of them lets that free memory.
    func briefing(for taken: consuming [Article], title: String, generated: Day,
                  skipped: [SkippedFile], warnings: [String]) -> Briefing {
        var articles = taken
        let observer = observer
        var (analyses, aggregate) = observer.measure(.analyse, total: articles.count) {
            ParallelAnalysis.run(articles) { observer.advanced(.analyse, $0) }
        }
        var phase = observer.measure(.aggregate) { secondPass(articles, analyses: &analyses, aggregate: aggregate) }
        Self.dropBodies(&articles)
        aggregate.dropNameEvidence()
        System.returnFreedMemory()
        // Handed over, not shared: story grouping lets the vectors go once its graph is built.
        let vectors = phase.storyVectors
        phase.storyVectors = StoryClusterer.Numbered()
        let results = CorpusSteps(articles: articles, analyses: analyses, aggregate: aggregate,
                                  participants: phase.aliases.participants,
                                  numbering: phase.numbering, finished: phase.finished, topics: phase.topics,
                                  clusterer: phase.clusterer, watchlist: watchlist, observer: observer)
            .run(storyVectors: vectors)
        return observer.measure(.aggregate) {
            assemble(articles, phase: phase, results: results, title: title, generated: generated,
                     skipped: skipped, warnings: warnings)
        }
    }

    /// What the merged first pass gives the corpus steps: participants, and each article finished
    /// with corpus statistics.
    struct SecondPass {
        var aliases: AliasMerger.Result
        var numbering: ParticipantNumbering
        var finished: [FinishedArticle]
        /// The topics (`CorpusSteps.topics`), chosen while the articles were finished.
        var topics: [Topic]
        /// Every article's story vector, numbered (`StoryClusterer.Numbered`).
        var storyVectors: StoryClusterer.Numbered
        var clusterer: StoryClusterer
    }

    /// Participants merged first, while this thread ranks the first articles' phrases (which
    /// need only corpus statistics); then every article ranked and finished with them in one
    /// pass (`finish`), its topic candidates pooled; then the topics chosen.
    ///
    /// Why in this order: merging the names is one core's work, short beside the articles (about
    /// a second at 50,000 articles); ranking beside it keeps the other core busy, and with the
    /// participants known each article's ranked phrases are used at once instead of being held
    /// for the whole corpus while the names are merged.
    ///
    /// Each article's mentions are read here for the last time: they are emptied as each
    /// article is finished (`finish`), and what the corpus steps need of them is kept by number
    /// (`ArticleNames`). `chunk` sets how many articles a core takes at a time; `early`, how many
    /// articles are ranked beside the names (nil: as many as the merge leaves time for).
    func secondPass(_ articles: [Article], analyses: inout [HeldArticle], aggregate: CorpusAggregate,
                    chunk: Int = ParallelAnalysis.articlesPerChunk, early: Int? = nil) -> SecondPass {
        let ids = articles.map(\.id)
        var clusterer = StoryClusterer()
        clusterer.threshold = storyThreshold
        let ranking = FinishedArticle.Ranking(
            aggregate: aggregate, stories: clusterer, limit: keyphrasesPerArticle,
            watched: watchlist.isEmpty ? nil : WatchedTermIndex(watchlist, key: TopicBuilder.key(of:)))
        let (aliases, ranked) = ParallelAnalysis.beside({ AliasMerger.merge(aggregate, articleIDs: ids) }) { namesAreMerged in
            EarlyPhrases.rank(articles, ranking: ranking, count: early, until: namesAreMerged)
        }
        let numbering = ParticipantNumbering(canonical: aliases.canonical)
        let context = FinishedArticle.Context(
            ranking: ranking, numbering: numbering,
            entityDF: Dictionary(aliases.participants.map { ($0.name, $0.articles.count) }, uniquingKeysWith: max))
        var (finished, gathered) = Self.finish(articles, analyses: &analyses, early: ranked, context: context, chunk: chunk)
        gathered.vectors.finish()
        let topics = CorpusSteps.topics(pool: gathered.pool, participants: aliases.participants, articleIDs: ids,
                                        watchlist: watchlist, watchedFound: finished.map(\.watched),
                                        body: { articles[$0].body })
        return SecondPass(aliases: aliases, numbering: numbering, finished: finished, topics: topics,
                          storyVectors: gathered.vectors, clusterer: clusterer)
    }

    /// Each article ranked (unless `early` ranked it already) and finished on every core; its
    /// topic candidates pooled and its story vector numbered, in article order, as its chunk is
    /// merged (`SecondPassGathering`), after the early articles' pool (the fold starts from it:
    /// merging the corpus's pool into it afterwards cost a pass over every pooled phrase).
    ///
    /// Each article's mentions are let go as soon as it is finished, by the one worker finishing
    /// it (no other reads that article's): so what the pass keeps of the articles takes the
    /// room of the names it has read instead of piling on top of every article's names.
    static func finish(_ articles: [Article], analyses: inout [HeldArticle], early: EarlyPhrases,
                       context: FinishedArticle.Context, chunk: Int) -> ([FinishedArticle], SecondPassGathering) {
        let empty = SecondPassGathering(articles: articles.count, features: context.ranking.stories.featuresPerArticle)
        var start = empty
        start.pool = early.pool
        return analyses.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let held = buffer
            return ParallelAnalysis.mapAndFold(articles.count, empty, startingWith: start, chunkSize: chunk, { i, gathering in
                let phrases = i < early.phrases.count ? early.phrases[i]
                    : FinishedArticle.phrases(of: articles[i], index: i, context: context.ranking, topics: &gathering.pool)
                var done = FinishedArticle(article: articles[i], analysis: held[i], phrases: phrases, context: context)
                held[i].mentions = []
                gathering.written.append(done.storyVector)
                done.storyVector = []
                return done
            }, merge: { $0.merge($1) })
        }
    }

    /// Empties every article's body. Why: after the second pass nothing reads the bodies (the
    /// corpus steps read titles, summaries and mentions), and at scale they are a large share of
    /// what is held while stories are grouped.
    static func dropBodies(_ articles: inout [Article]) {
        for i in articles.indices { articles[i].body = "" }
    }

    /// The `Briefing`, from the corpus steps' results.
    func assemble(_ articles: [Article], phase: SecondPass, results: CorpusSteps.Results,
                  title: String, generated: Day, skipped: [SkippedFile], warnings: [String]) -> Briefing {
        let days = articles.compactMap(\.date)
        let corpus = Corpus(articleCount: articles.count,
                            sourceCount: Set(articles.compactMap(\.source)).count,
                            undatedCount: articles.count - days.count,
                            firstDay: days.min(), lastDay: days.max(),
                            skipped: skipped, warnings: warnings)
        // Reactions name their actors and targets: those stay participants however narrow.
        let participants = ParticipantRanking.rank(results.participants, articleIDs: articles.map(\.id),
                                                   sources: articles.map(\.source),
                                                   named: Set(results.reactions.flatMap { $0.actors + $0.targets }))
        var briefing = Briefing(title: title, generated: generated, corpus: corpus,
                                executiveSummary: results.executive, articles: phase.finished.map(\.digest),
                                participants: participants, topics: results.topics, reactions: results.reactions,
                                stories: results.stories, timeline: results.timeline, timelineNote: results.timelineNote)
        briefing.watch = results.watch
        briefing.cooccurrences = results.cooccurrences
        return briefing
    }
}
