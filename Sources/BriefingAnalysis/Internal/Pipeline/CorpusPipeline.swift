import BriefingModel
import BriefingSupport

/// The analysis, step by step, for one corpus:
///
/// 1. each article on its own (`ArticleAnalyzer`, on every core), merged into a `CorpusAggregate`;
/// 2. participants: the written forms of names merged across the corpus (`AliasMerger`);
/// 3. each article again, now with corpus statistics (`FinishedArticle`, on every core);
/// 4. the corpus-level steps (`CorpusSteps`), independent of each other and so run side by side:
///    stories, topics, the timeline, what to watch, role sources, who appears with whom; then
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

    func briefing(for articles: [Article], title: String, generated: Day,
                  skipped: [SkippedFile], warnings: [String]) -> Briefing {
        let observer = observer
        let (analyses, aggregate) = observer.measure(.analyse, total: articles.count) {
            ParallelAnalysis.run(articles) { observer.advanced(.analyse, $0) }
        }
        let phase = observer.measure(.aggregate) { secondPass(articles, analyses: analyses, aggregate: aggregate) }
        let results = CorpusSteps(articles: articles, analyses: analyses, aggregate: aggregate,
                                  participants: phase.aliases.participants, canonical: phase.aliases.canonical,
                                  finished: phase.finished, topicPool: phase.topics, storyVectors: phase.storyVectors, clusterer: phase.clusterer, watchlist: watchlist,
                                  observer: observer).run()
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
        /// Every article's candidates that may be topics.
        var topics: TopicPool
        /// Every article's story vector, numbered (`StoryClusterer.Numbered`).
        var storyVectors: StoryClusterer.Numbered
        var clusterer: StoryClusterer
    }

    /// Participants merged on one core while the articles' key phrases are ranked on the others;
    /// then each article finished with both.
    func secondPass(_ articles: [Article], analyses: [HeldArticle], aggregate: CorpusAggregate) -> SecondPass {
        let ids = articles.map(\.id), limit = keyphrasesPerArticle
        var clusterer = StoryClusterer()
        clusterer.threshold = storyThreshold
        let stories = clusterer
        let watched = watchlist.isEmpty ? nil : WatchedTermIndex(watchlist, key: TopicBuilder.key(of:))
        // Written by the job beside, read only once `beside` has waited for it.
        nonisolated(unsafe) var merged: AliasMerger.Result?
        let (phrases, topics) = ParallelAnalysis.beside({ merged = AliasMerger.merge(aggregate, articleIDs: ids) }) {
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
        var finished = ParallelAnalysis.map(articles.count) { i in
            FinishedArticle(article: articles[i], analysis: analyses[i], phrases: phrases[i], context: context)
        }
        // Story vectors numbered now, in article order, each article's written features dropped
        // as it goes: story grouping, where memory peaks, holds only numbers.
        var vectors = StoryClusterer.Numbered()
        for i in finished.indices {
            vectors.append(finished[i].storyVector)
            finished[i].storyVector = []
        }
        vectors.finish()
        return SecondPass(aliases: aliases, finished: finished, topics: topics, storyVectors: vectors, clusterer: clusterer)
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
