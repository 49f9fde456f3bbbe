/// What changed since the previous briefing: the weekly series' lead.
///
/// Why a model of its own: the comparison is made once (against `--previous MODEL.json` or the
/// archive) and then read by the PDF's "Since the last briefing" section, the email subject and
/// digest, and `analyze --json`; every item names the articles behind it, as the rest does.
public struct BriefingChanges: Hashable, Sendable, Codable {
    /// The earlier briefing's first and last publication days.
    public var previousPeriod: Period
    public var previousTitle: String
    /// Articles in this briefing, and in the previous one.
    public var volume: Volume
    /// Stories with no counterpart last time (and not made only of articles already briefed).
    public var newStories: [StoryChange]
    /// Stories matched to last time's by what they are about (shared participants, key
    /// phrases, articles), both titles kept.
    public var continuingStories: [StoryMatch]
    /// Last time's stories with no counterpart now.
    public var endedStories: [StoryChange]
    public var risingTopics: [TopicTrend]
    public var fadingTopics: [TopicTrend]
    /// Participants named now and never before, most mentioned first.
    public var newParticipants: [ParticipantChange]
    /// Articles of this briefing already briefed last time (feeds repeat items): not news again.
    public var seenArticles: [String]

    public init(previousPeriod: Period, previousTitle: String, volume: Volume, newStories: [StoryChange],
                continuingStories: [StoryMatch], endedStories: [StoryChange], risingTopics: [TopicTrend],
                fadingTopics: [TopicTrend], newParticipants: [ParticipantChange], seenArticles: [String]) {
        self.previousPeriod = previousPeriod
        self.previousTitle = previousTitle
        self.volume = volume
        self.newStories = newStories
        self.continuingStories = continuingStories
        self.endedStories = endedStories
        self.risingTopics = risingTopics
        self.fadingTopics = fadingTopics
        self.newParticipants = newParticipants
        self.seenArticles = seenArticles
    }

    public struct Period: Hashable, Sendable, Codable {
        public var first: Day?
        public var last: Day?

        public init(first: Day?, last: Day?) {
            self.first = first
            self.last = last
        }
    }

    public struct Volume: Hashable, Sendable, Codable {
        public var articles: Int
        public var previousArticles: Int

        public init(articles: Int, previousArticles: Int) {
            self.articles = articles
            self.previousArticles = previousArticles
        }
    }

    /// A story of one of the two briefings, with its articles (of that briefing).
    public struct StoryChange: Hashable, Sendable, Codable {
        public var title: String
        public var articles: [String]

        public init(title: String, articles: [String]) {
            self.title = title
            self.articles = articles
        }
    }

    /// A story now and its counterpart last time.
    public struct StoryMatch: Hashable, Sendable, Codable {
        public var title: String
        public var previousTitle: String
        public var articles: [String]
        public var previousArticles: [String]
        /// How alike the two are (0...1): the weighted overlap of their participants and phrases.
        public var similarity: Double

        public init(title: String, previousTitle: String, articles: [String], previousArticles: [String],
                    similarity: Double) {
            self.title = title
            self.previousTitle = previousTitle
            self.articles = articles
            self.previousArticles = previousArticles
            self.similarity = similarity
        }
    }

    /// A topic's articles now and before; `trend` holds up to eight past periods, oldest first,
    /// then now, for a sparkline.
    public struct TopicTrend: Hashable, Sendable, Codable {
        public var label: String
        public var now: Int
        public var before: Int
        public var articles: [String]
        public var trend: [Int]

        public init(label: String, now: Int, before: Int, articles: [String], trend: [Int]) {
            self.label = label
            self.now = now
            self.before = before
            self.articles = articles
            self.trend = trend
        }
    }

    public struct ParticipantChange: Hashable, Sendable, Codable {
        public var name: String
        public var kind: Participant.Kind
        public var mentions: Int
        public var articles: [String]

        public init(name: String, kind: Participant.Kind, mentions: Int, articles: [String]) {
            self.name = name
            self.kind = kind
            self.mentions = mentions
            self.articles = articles
        }
    }
}
