import Foundation

/// The whole briefing: what the analysis concluded, ready to be laid out.
///
/// This is the seam between text mining and drawing. The analysis builds it, the renderer only
/// reads it, and `briefing analyze --json` writes it (the evaluation contract's fields).
public struct Briefing: Hashable, Sendable, Codable {
    public var title: String
    /// When the briefing was made (UTC), shown on the cover.
    public var generated: Day
    public var corpus: Corpus
    /// The executive summary; each sentence cites its articles.
    public var executiveSummary: [CitedSentence]
    public var articles: [ArticleDigest]
    public var participants: [Participant]
    public var topics: [Topic]
    public var reactions: [ReactionTheme]
    public var stories: [Story]
    public var timeline: [TimelineEntry]
    /// Said plainly when the timeline cannot be dated (e.g. "The sources carry no dates.").
    public var timelineNote: String?
    /// Who appears with whom: participant pairs named in the same sentences, most frequent first.
    public var cooccurrences: [Cooccurrence] = []
    /// What lies ahead: dated plans, votes and deadlines the coverage announces, soonest first.
    public var watch: [WatchItem] = []
    /// What changed since the previous briefing of the series; nil when there is none to compare.
    public var changes: BriefingChanges?

    public init(title: String, generated: Day, corpus: Corpus, executiveSummary: [CitedSentence],
                articles: [ArticleDigest], participants: [Participant], topics: [Topic],
                reactions: [ReactionTheme], stories: [Story], timeline: [TimelineEntry],
                timelineNote: String?) {
        self.title = title
        self.generated = generated
        self.corpus = corpus
        self.executiveSummary = executiveSummary
        self.articles = articles
        self.participants = participants
        self.topics = topics
        self.reactions = reactions
        self.stories = stories
        self.timeline = timeline
        self.timelineNote = timelineNote
    }

    enum CodingKeys: String, CodingKey {
        case title, generated, corpus, executiveSummary, articles, participants, topics,
             reactions, stories, timeline, timelineNote, cooccurrences, watch, changes
    }

    /// Reads briefings written by earlier versions too: fields added since the first JSON
    /// contract (`timelineNote`, `cooccurrences`, `watch`) fall back to their empty values.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        generated = try c.decode(Day.self, forKey: .generated)
        corpus = try c.decode(Corpus.self, forKey: .corpus)
        executiveSummary = try c.decodeIfPresent([CitedSentence].self, forKey: .executiveSummary) ?? []
        articles = try c.decode([ArticleDigest].self, forKey: .articles)
        participants = try c.decodeIfPresent([Participant].self, forKey: .participants) ?? []
        topics = try c.decodeIfPresent([Topic].self, forKey: .topics) ?? []
        reactions = try c.decodeIfPresent([ReactionTheme].self, forKey: .reactions) ?? []
        stories = try c.decodeIfPresent([Story].self, forKey: .stories) ?? []
        timeline = try c.decodeIfPresent([TimelineEntry].self, forKey: .timeline) ?? []
        timelineNote = try c.decodeIfPresent(String.self, forKey: .timelineNote)
        cooccurrences = try c.decodeIfPresent([Cooccurrence].self, forKey: .cooccurrences) ?? []
        watch = try c.decodeIfPresent([WatchItem].self, forKey: .watch) ?? []
        changes = try c.decodeIfPresent(BriefingChanges.self, forKey: .changes)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(generated, forKey: .generated)
        try c.encode(corpus, forKey: .corpus)
        try c.encode(executiveSummary, forKey: .executiveSummary)
        try c.encode(articles, forKey: .articles)
        try c.encode(participants, forKey: .participants)
        try c.encode(topics, forKey: .topics)
        try c.encode(reactions, forKey: .reactions)
        try c.encode(stories, forKey: .stories)
        try c.encode(timeline, forKey: .timeline)
        try c.encode(timelineNote, forKey: .timelineNote)
        try c.encode(cooccurrences, forKey: .cooccurrences)
        try c.encode(watch, forKey: .watch)
        try c.encodeIfPresent(changes, forKey: .changes)
    }

    /// The article digests by id, for citations and lookups.
    public func article(withID id: String) -> ArticleDigest? {
        articles.first { $0.id == id }
    }

    /// Deterministic, human-readable JSON (sorted keys, unescaped slashes).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func decode(json data: Data) throws -> Briefing {
        try JSONDecoder().decode(Briefing.self, from: data)
    }
}
