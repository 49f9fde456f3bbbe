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
        let (analyses, aggregate) = observer.measure(.analyse, total: articles.count) {
            ParallelAnalysis.run(articles) { observer.advanced(.analyse, $0) }
        }
        let phase = observer.measure(.aggregate) { secondPass(articles, analyses: analyses, aggregate: aggregate) }
        Self.dropBodies(&articles)
        let results = CorpusSteps(articles: articles, analyses: analyses, aggregate: aggregate,
                                  participants: phase.aliases.participants, canonical: phase.aliases.canonical,
                                  finished: phase.finished, topics: phase.topics, storyVectors: phase.storyVectors,
                                  clusterer: phase.clusterer, watchlist: watchlist, observer: observer).run()
        return observer.measure(.aggregate) {
            assemble(articles, phase: phase, results: results, title: title, generated: generated,
                     skipped: skipped, warnings: warnings)
        }
    }

    /// What the merged first pass gives the corpus steps: participants, and each article finished
    /// with corpus statistics.
    struct SecondPass {
        var aliases: AliasMerger.Result
        var finished: [FinishedArticle]
        /// The topics (`CorpusSteps.topics`), chosen while the articles were finished.
        var topics: [Topic]
        /// Every article's story vector, numbered (`StoryClusterer.Numbered`).
        var storyVectors: StoryClusterer.Numbered
        var clusterer: StoryClusterer
    }

    /// Participants merged first; then each article ranked and finished with them in one pass
    /// (a block at a time, `finish`), its topic candidates pooled; then the topics chosen.
    ///
    /// Why in this order: merging the names is short beside the articles (under a second at
    /// 50,000 articles), and with the participants known each article's ranked phrases are used
    /// at once instead of being held for the whole corpus while the names are merged.
    func secondPass(_ articles: [Article], analyses: [HeldArticle], aggregate: CorpusAggregate,
                    block: Int = Self.finishBlock) -> SecondPass {
        let ids = articles.map(\.id)
        var clusterer = StoryClusterer()
        clusterer.threshold = storyThreshold
        let aliases = AliasMerger.merge(aggregate, articleIDs: ids)
        let context = FinishedArticle.Context(
            aggregate: aggregate, canonical: aliases.canonical,
            entityDF: Dictionary(aliases.participants.map { ($0.name, $0.articles.count) }, uniquingKeysWith: max),
            stories: clusterer, limit: keyphrasesPerArticle,
            watched: watchlist.isEmpty ? nil : WatchedTermIndex(watchlist, key: TopicBuilder.key(of:)))
        let (finished, vectors, pool) = finish(articles, analyses: analyses, context: context, block: block)
        let topics = CorpusSteps.topics(pool: pool, participants: aliases.participants, articleIDs: ids,
                                        watchlist: watchlist, watchedFound: finished.map(\.watched),
                                        body: { articles[$0].body })
        return SecondPass(aliases: aliases, finished: finished, topics: topics, storyVectors: vectors, clusterer: clusterer)
    }

    /// Articles finished in the second pass at a time.
    ///
    /// Why blocks: a finished article's story vector holds its features as written (names are
    /// long strings) until it is numbered; a block at a time bounds what is held to one block's
    /// worth, not the corpus's, while each block still spreads over every core.
    static let finishBlock = 4_096

    /// Each article ranked and finished, a block at a time: its story vector numbered in article
    /// order and its written features dropped as soon as its block is done; its topic candidates
    /// pooled (blocks merged in article order, as `TopicPool.merge` asks).
    func finish(_ articles: [Article], analyses: [HeldArticle], context: FinishedArticle.Context,
                block: Int = Self.finishBlock) -> ([FinishedArticle], StoryClusterer.Numbered, TopicPool) {
        var finished: [FinishedArticle] = []
        finished.reserveCapacity(articles.count)
        var vectors = StoryClusterer.Numbered()
        var pool = TopicPool()
        for low in stride(from: 0, to: articles.count, by: block) {
            let high = min(articles.count, low + block)
            var (done, pooled) = ParallelAnalysis.mapAndFold(high - low, TopicPool(), { k, pool in
                let i = low + k
                let phrases = FinishedArticle.phrases(of: articles[i], index: i, context: context, topics: &pool)
                return FinishedArticle(article: articles[i], analysis: analyses[i], phrases: phrases, context: context)
            }, merge: { $0.merge($1) })
            pool.merge(pooled)
            pooled = TopicPool()
            for k in done.indices {
                vectors.append(done[k].storyVector)
                done[k].storyVector = []
            }
            finished += done
        }
        vectors.finish()
        return (finished, vectors, pool)
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
