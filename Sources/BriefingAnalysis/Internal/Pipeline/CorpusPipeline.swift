import BriefingModel
import BriefingSupport

/// The analysis, step by step, for one corpus:
///
/// 1. each article on its own (`ArticleAnalyzer`, on every core), merged into a `CorpusAggregate`;
/// 2. participants: the written forms of names merged across the corpus (`AliasMerger`);
/// 3. each article again, now with corpus statistics (`FinishedArticle`, on every core), and the
///    topics beside it; then the article bodies are dropped;
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

    /// Participants merged on one core while the articles' key phrases are ranked on the others;
    /// then each article finished with both, and the topics chosen beside it.
    func secondPass(_ articles: [Article], analyses: [HeldArticle], aggregate: CorpusAggregate,
                    block: Int = Self.finishBlock) -> SecondPass {
        let ids = articles.map(\.id), limit = keyphrasesPerArticle
        var clusterer = StoryClusterer()
        clusterer.threshold = storyThreshold
        let stories = clusterer
        let watched = watchlist.isEmpty ? nil : WatchedTermIndex(watchlist, key: TopicBuilder.key(of:))
        // Written by the job beside, read only once `beside` has waited for it.
        nonisolated(unsafe) var merged: AliasMerger.Result?
        let (phrases, pool) = ParallelAnalysis.beside({ merged = AliasMerger.merge(aggregate, articleIDs: ids) }) {
            ParallelAnalysis.mapAndFold(articles.count, TopicPool(), { i, pool in
                FinishedArticle.phrases(of: articles[i], index: i, aggregate: aggregate, stories: stories,
                                        watched: watched, limit: limit, topics: &pool)
            }, merge: { $0.merge($1) })
        }
        let aliases = merged!
        let context = FinishedArticle.Context(
            aggregate: aggregate, canonical: aliases.canonical,
            entityDF: Dictionary(aliases.participants.map { ($0.name, $0.articles.count) }, uniquingKeysWith: max),
            stories: clusterer)
        let watchedFound = phrases.map(\.watched), watchlist = watchlist
        // Written by the job beside, read only once `beside` has waited for it.
        nonisolated(unsafe) var topics: [Topic] = []
        let (finished, vectors) = ParallelAnalysis.beside({
            topics = CorpusSteps.topics(pool: pool, participants: aliases.participants, articleIDs: ids,
                                        watchlist: watchlist, watchedFound: watchedFound, body: { articles[$0].body })
        }) {
            finish(articles, analyses: analyses, phrases: consume phrases, context: context, block: block)
        }
        return SecondPass(aliases: aliases, finished: finished, topics: topics, storyVectors: vectors, clusterer: clusterer)
    }

    /// Articles finished in the second pass at a time.
    ///
    /// Why blocks: a finished article's story vector holds its features as written (names are
    /// long strings) until it is numbered, and its ranked phrases until it is finished; a block
    /// at a time bounds what is held to one block's worth, not the corpus's, while each block
    /// still spreads over every core.
    static let finishBlock = 4_096

    /// Each article finished with the participants, its story vector numbered in article order
    /// and its written features and ranked phrases dropped as soon as its block is done.
    func finish(_ articles: [Article], analyses: [HeldArticle], phrases: consuming [FinishedArticle.Phrases],
                context: FinishedArticle.Context, block: Int = Self.finishBlock) -> ([FinishedArticle], StoryClusterer.Numbered) {
        var finished: [FinishedArticle] = []
        finished.reserveCapacity(articles.count)
        var vectors = StoryClusterer.Numbered()
        for low in stride(from: 0, to: articles.count, by: block) {
            let high = min(articles.count, low + block)
            let ranked = Array(phrases[low..<high])
            for i in low..<high { phrases[i] = .none }
            var done = ParallelAnalysis.map(high - low) { k in
                FinishedArticle(article: articles[low + k], analysis: analyses[low + k], phrases: ranked[k], context: context)
            }
            for k in done.indices {
                vectors.append(done[k].storyVector)
                done[k].storyVector = []
            }
            finished += done
        }
        vectors.finish()
        return (finished, vectors)
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
