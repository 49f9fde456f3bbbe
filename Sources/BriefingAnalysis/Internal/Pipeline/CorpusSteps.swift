import BriefingModel
import BriefingSupport

/// The corpus-level steps that follow the per-article passes (topics are chosen in the second
/// pass, `topics(pool:...)`). Stories, the timeline, what
/// to watch, the participants' role sources and who appears with whom read the same inputs and
/// write different outputs, so they run side by side; then reactions (which name their story) and
/// the key developments (the executive summary, from the stories and the timeline), side by side
/// too.
///
/// Why stories lead the first round: it is the longest step and has parallel loops of its own,
/// so it runs on the calling thread, where those loops take every core, and the others fill in
/// around it (`ParallelAnalysis.together(leading:others:)`).
struct CorpusSteps {
    var articles: [Article]
    /// The first pass's results; only their summaries are read here (their names were emptied
    /// in the second pass: `finished`'s `names` hold them by number).
    var analyses: [HeldArticle]
    var aggregate: CorpusAggregate
    var participants: [Participant]
    /// Participant numbers and each written form's, as each article's names hold them
    /// (`FinishedArticle.names`).
    var numbering: ParticipantNumbering
    var finished: [FinishedArticle]
    /// Chosen in the second pass (`topics(pool:...)`).
    var topics: [Topic]
    var clusterer: StoryClusterer
    var watchlist: [WatchedTopic]
    /// Hears each step's wall seconds: stories and the timeline as their own stages, the rest as
    /// `aggregate`.
    var observer: StageObserver = .silent

    struct Results {
        var topics: [Topic] = []
        var stories: [Story] = []
        var executive: [CitedSentence] = []
        var watch: [WatchItem] = []
        var reactions: [ReactionTheme] = []
        var timeline: [TimelineEntry] = []
        var timelineNote: String?
        /// The participants with the roles each article states (`RoleSourceBuilder`).
        var participants: [Participant] = []
        var cooccurrences: [Cooccurrence] = []
    }

    /// `storyVectors` are every article's story vector (`StoryClusterer.Numbered`), taken so that
    /// story grouping can let them go once its graph is built, before the groups are merged
    /// (where memory peaks).
    func run(storyVectors: consuming StoryClusterer.Numbered) -> Results {
        nonisolated(unsafe) var results = Results(topics: topics)
        nonisolated(unsafe) var grouped = Grouped()
        nonisolated(unsafe) var vectors: StoryClusterer.Numbered? = storyVectors
        // Each job writes only its own fields of `results`, and `together` returns after all.
        let steps = self
        let observer = observer
        ParallelAnalysis.together(leading: {
            grouped = observer.measure(.stories) { steps.stories(vectors.take()!) }
            results.stories = grouped.stories
        }, others: [
            { results.participants = observer.measure(.aggregate) { steps.roleSources() } },
            { results.cooccurrences = observer.measure(.aggregate) { steps.cooccurrences() } },
            { (results.timeline, results.timelineNote) = observer.measure(.timeline) { steps.timeline() } },
            { results.watch = observer.measure(.aggregate) { steps.watch() } },
        ])
        ParallelAnalysis.together([
            { results.executive = observer.measure(.aggregate) { steps.developments(grouped, timeline: results.timeline) } },
            { results.reactions = observer.measure(.aggregate) { steps.reactions(results.stories) } },
        ])
        return results
    }

    /// Reaction themes; each names its story.
    func reactions(_ stories: [Story]) -> [ReactionTheme] {
        ReactionThemeBuilder.build(aggregate.reactions, context: .init(
            numbering: numbering, participants: participants, stories: stories,
            articleIDs: articles.map(\.id), titles: articles.map(\.title)))
    }

    func watch() -> [WatchItem] {
        WatchFinder.find(aggregate.dates, articleDays: articles.map(\.date), articleIDs: articles.map(\.id))
    }

    func roleSources() -> [Participant] {
        RoleSourceBuilder.attach(participants, names: finished.map(\.names), numbering: numbering,
                                 articleIDs: articles.map(\.id), articleDays: articles.map(\.date))
    }

    func cooccurrences() -> [Cooccurrence] {
        CooccurrenceBuilder.build(names: finished.map(\.names), numbering: numbering, articleIDs: articles.map(\.id))
    }

    /// The topics, from every article's pooled candidates once the participants are known.
    /// Why static: they are chosen during the second pass, beside the articles being finished,
    /// because they are the last step that reads article bodies (`PhraseBoundary`); the bodies
    /// and the pool can go before story grouping, where memory peaks.
    static func topics(pool: TopicPool, participants: [Participant], articleIDs: [String],
                       watchlist: [WatchedTopic], watchedFound: [[Int: Int]], body: @escaping (Int) -> String) -> [Topic] {
        let names = Set(participants.flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })
        // Words of people's and places' names: a topic made of them is a participant, not a subject.
        let nameWords = Set(participants.filter { $0.kind == .person || $0.kind == .place }.flatMap { p in
            ([p.name] + p.aliases).flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }) }.map { Stemmer.stem(NameKey.of($0)) }
        })
        return TopicBuilder.build(pool: pool, names: names, nameWords: nameWords,
                                  articleIDs: articleIDs, watchlist: watchlist, watchedFound: watchedFound, body: body)
    }

    var importance: StoryImportance {
        StoryImportance(articleDays: articles.map(\.date), sources: articles.map(\.source))
    }

    /// The stories as grouped, most important first, with their clusters and headlines.
    ///
    /// Why the headlines are kept: the key developments head their stories with the same ones,
    /// and choosing one reads every member's title and lead.
    struct Grouped {
        var stories: [Story] = []
        var clusters: [StoryClusterer.Cluster] = []
        var headlines: [KeyDevelopments.Headline] = []
    }

    /// The stories, most important first (`StoryImportance`), each headed by the member title
    /// that best stands for it; and their clusters and headlines in the same order.
    func stories(_ vectors: consuming StoryClusterer.Numbered) -> Grouped {
        let ids = articles.map(\.id)
        let importance = importance
        let clusters = clusterer.cluster(vectors, days: articles.map { $0.date?.ordinal })
            .map { ($0, importance.score($0.members)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.members.min()! < $1.0.members.min()! }.map(\.0)
        let writer = developmentWriter(timeline: [])
        let analyses = analyses
        // Each story is written from its own members alone, so on every core.
        let written = ParallelAnalysis.map(clusters.count) { k in
            let headline = writer.headlineAndArticle(clusters[k].members)
            return (Story(title: headline.text, articles: clusters[k].members.sorted().map { ids[$0] },
                          summary: StoryWriter.summary(clusters[k], analyses)), headline)
        }
        return Grouped(stories: written.map(\.0), clusters: clusters, headlines: written.map(\.1))
    }

    func developmentWriter(timeline: [TimelineEntry]) -> KeyDevelopments {
        KeyDevelopments(articleIDs: articles.map(\.id), titles: articles.map(\.title), articleDays: articles.map(\.date),
                        sources: articles.map(\.source), summaries: analyses.map(\.summary),
                        participants: finished.map(\.digest.participants), timeline: timeline,
                        people: Set(participants.filter { $0.kind == .person }.map(\.name)),
                        dateSentences: Dictionary(grouping: aggregate.dates.filter { $0.date.isSingleDay }, by: \.date.day)
                            .mapValues { $0.map(\.date.sentence) })
    }

    func developments(_ grouped: Grouped, timeline: [TimelineEntry]) -> [CitedSentence] {
        developmentWriter(timeline: timeline).write(grouped.clusters, headlines: grouped.headlines, importance: importance)
    }

    func timeline() -> ([TimelineEntry], String?) {
        TimelineBuilder.build(aggregate.dates, articleIDs: articles.map(\.id), articleDays: articles.map(\.date),
                              titles: articles.map(\.title), leads: analyses.map { $0.summary.first ?? "" },
                              topicality: Topicality(documentFrequency: aggregate.stemDF, documents: aggregate.documents))
    }
}
