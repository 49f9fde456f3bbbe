/// How many rows each section of a `Detail.brief` briefing shows: the page budget.
///
/// Why these figures: they are what fits eight A4 pages in the default style, page by page --
/// the front page (key developments and what to watch), a page of topics, one or two of
/// timeline, one of participants, two of stories, one of sources -- checked end to end on
/// corpora from five articles to two thousand. A style's own, smaller limits (compact) win.
struct SectionBudget {
    var keyDevelopments: Int
    var watch: Int
    var topics: Int
    var timelineRows: Int
    var participants: Int
    var pairs: Int
    var stories: Int
    var storyArticles: Int
    /// Article numbers shown per citation: a brief briefing cites the best few, so that its
    /// list of sources stays short.
    var citations: Int
    /// Sections shown only in full: the reactions and the topic-by-story matrix.
    var reactions: Bool
    var coverage: Bool
    /// Sources: only the articles cited, numbered as first cited.
    var citedSourcesOnly: Bool

    init(_ style: Style) {
        switch style.detail {
        case .full:
            self.init(keyDevelopments: .max, watch: .max, topics: style.topicLimit, timelineRows: 15,
                      participants: style.participantLimit, pairs: style.pairLimit, stories: .max,
                      storyArticles: style.storyArticleLimit, citations: .max, reactions: true, coverage: style.coverageMatrix,
                      citedSourcesOnly: false)
        case .brief:
            self.init(keyDevelopments: 8, watch: 5, topics: min(style.topicLimit, 8), timelineRows: 10,
                      participants: min(style.participantLimit, 15), pairs: min(style.pairLimit, 6),
                      stories: 6, storyArticles: min(style.storyArticleLimit, 3), citations: 3, reactions: false,
                      coverage: false, citedSourcesOnly: true)
        }
    }

    init(keyDevelopments: Int, watch: Int, topics: Int, timelineRows: Int, participants: Int, pairs: Int,
         stories: Int, storyArticles: Int, citations: Int, reactions: Bool, coverage: Bool, citedSourcesOnly: Bool) {
        self.keyDevelopments = keyDevelopments
        self.watch = watch
        self.topics = topics
        self.timelineRows = timelineRows
        self.participants = participants
        self.pairs = pairs
        self.stories = stories
        self.storyArticles = storyArticles
        self.citations = citations
        self.reactions = reactions
        self.coverage = coverage
        self.citedSourcesOnly = citedSourcesOnly
    }
}
