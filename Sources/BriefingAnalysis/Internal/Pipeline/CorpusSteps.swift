import BriefingModel

/// The corpus-level steps that follow the per-article passes: topics; stories with the executive
/// summary; the timeline; then reactions, which name their stories. They read the same inputs and write different outputs,
/// so they run side by side.
struct CorpusSteps {
    var articles: [Article]
    var analyses: [ArticleAnalysis]
    var aggregate: CorpusAggregate
    var participants: [Participant]
    /// Written form -> participant name.
    var canonical: [String: String]
    var finished: [FinishedArticle]
    var clusterer: StoryClusterer
    var watchlist: [WatchedTopic]

    struct Results {
        var topics: [Topic] = []
        var stories: [Story] = []
        var executive: [CitedSentence] = []
        var reactions: [ReactionTheme] = []
        var timeline: [TimelineEntry] = []
        var timelineNote: String?
    }

    func run() -> Results {
        nonisolated(unsafe) var results = Results()
        // Each job writes only its own fields of `results`, and `together` returns after all.
        nonisolated(unsafe) let steps = self
        ParallelAnalysis.together([
            { results.topics = steps.topics() },
            { (results.stories, results.executive) = steps.storiesAndSummary() },
            { (results.timeline, results.timelineNote) = steps.timeline() },
        ])
        // Reactions name their story, so they follow the stories.
        results.reactions = ReactionThemeBuilder.build(aggregate.reactions, context: .init(
            canonical: canonical, participants: participants, stories: results.stories,
            articleIDs: articles.map(\.id), titles: articles.map(\.title)))
        return results
    }

    func topics() -> [Topic] {
        let names = Set(participants.flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })
        // Words of people's and places' names: a topic made of them is a participant, not a subject.
        let nameWords = Set(participants.filter { $0.kind == .person || $0.kind == .place }.flatMap { p in
            ([p.name] + p.aliases).flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }) }.map { Stemmer.stem(NameKey.of($0)) }
        })
        return TopicBuilder.build(perArticle: finished.map(\.topicPhrases), names: names, nameWords: nameWords,
                                  articleIDs: articles.map(\.id), watchlist: watchlist, allPhrases: analyses.map(\.phrases))
    }

    func storiesAndSummary() -> ([Story], [CitedSentence]) {
        let ids = articles.map(\.id)
        let clusters = clusterer.cluster(vectors: finished.map(\.storyVector))
        let stories = clusters.map { c in
            Story(title: StoryWriter.headline(articles[c.members[0]].title), articles: c.members.sorted().map { ids[$0] },
                  summary: StoryWriter.summary(c, analyses))
        }
        let executive = ExecutiveSummarizer.summarize(stories: clusters, summaries: analyses.map(\.summary),
                                                      articleIDs: ids, titles: stories.map(\.title))
        return (stories, executive)
    }

    func timeline() -> ([TimelineEntry], String?) {
        TimelineBuilder.build(aggregate.dates, articleIDs: articles.map(\.id), articleDays: articles.map(\.date),
                              titles: articles.map(\.title), leads: analyses.map { $0.summary.first ?? "" },
                              topicality: Topicality(documentFrequency: aggregate.stemDF, documents: aggregate.documents))
    }
}
