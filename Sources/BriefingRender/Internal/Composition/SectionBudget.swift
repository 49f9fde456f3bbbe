/// How many rows each section of a `Detail.brief` briefing shows: the page budget.
///
/// Why these figures: they are what fits eight A4 pages in the default style, page by page --
/// the front page (key developments and what to watch), a page of topics, one or two of
/// timeline, one of participants, two of stories, one of sources -- checked end to end on
/// corpora from five articles to two thousand. A style aiming at fewer pages (`pages = 4` in
/// compact) gets about half of each list; a style's own, smaller limits win.
struct SectionBudget: Equatable {
    var keyDevelopments: Int
    var watch: Int
    var topics: Int
    var timelineRows: Int
    var participants: Int
    var pairs: Int
    var stories: Int
    var storyArticles: Int
    /// Stories (and topics) named per line of "Since the last briefing".
    var changes: Int
    /// Article numbers shown per citation: a brief briefing cites the best few, so that its
    /// list of sources stays short.
    var citations: Int
    /// Sections shown only in full: the reactions and the topic-by-story matrix.
    var reactions: Bool
    var coverage: Bool
    /// Sources: only the articles cited, numbered as first cited.
    var citedSourcesOnly: Bool
    /// Skipped files listed by name (the rest counted; the run's messages name them all).
    var skippedFiles: Int = .max

    init(_ style: Style) {
        switch style.detail {
        case .full:
            self.init(keyDevelopments: .max, watch: .max, topics: style.topicLimit, timelineRows: 15,
                      participants: style.participantLimit, pairs: style.pairLimit, stories: .max,
                      storyArticles: style.storyArticleLimit, changes: 8, citations: .max, reactions: true,
                      coverage: style.coverageMatrix, citedSourcesOnly: false)
        case .brief:
            // Half the pages, about half of each list (never below a readable few).
            let share = min(1, Double(style.pageBudget) / 8)
            func scaled(_ n: Int, least: Int) -> Int { max(least, Int((Double(n) * share).rounded())) }
            self.init(keyDevelopments: scaled(8, least: 5), watch: scaled(5, least: 3),
                      topics: min(style.topicLimit, scaled(8, least: 5)), timelineRows: scaled(10, least: 6),
                      participants: min(style.participantLimit, scaled(15, least: 8)),
                      pairs: min(style.pairLimit, scaled(6, least: 0)), stories: scaled(6, least: 3),
                      storyArticles: min(style.storyArticleLimit, 3), changes: scaled(3, least: 2),
                      citations: scaled(3, least: 2),
                      reactions: false, coverage: false, citedSourcesOnly: true)
            skippedFiles = scaled(8, least: 4)
        }
    }

    /// Floors below which tightening never cuts a list: a briefing still tells its story.
    static let floor: SectionBudget = {
        var f = SectionBudget(keyDevelopments: 5, watch: 3, topics: 5, timelineRows: 6, participants: 8,
                              pairs: 0, stories: 3, storyArticles: 2, changes: 2, citations: 2,
                              reactions: false, coverage: false, citedSourcesOnly: true)
        f.skippedFiles = 3
        return f
    }()

    /// A budget one step tighter, for a briefing that ran over its pages: each list loses
    /// about a fifth, never below `floor`; nil once nothing can be cut. Why a fifth: a briefing
    /// one page over its budget loses that page in one or two steps, and a list shrinks by whole
    /// rows, never to a stub.
    func tightened() -> SectionBudget? {
        func cut(_ n: Int, _ least: Int) -> Int { n <= least ? n : max(least, n - max(1, n / 5)) }
        let f = Self.floor
        var t = self
        t.keyDevelopments = cut(keyDevelopments, f.keyDevelopments)
        t.watch = cut(watch, f.watch)
        t.topics = cut(topics, f.topics)
        t.timelineRows = cut(timelineRows, f.timelineRows)
        t.participants = cut(participants, f.participants)
        t.pairs = cut(pairs, f.pairs)
        t.stories = cut(stories, f.stories)
        t.storyArticles = cut(storyArticles, f.storyArticles)
        t.citations = cut(citations, f.citations)
        t.skippedFiles = cut(skippedFiles, f.skippedFiles)
        return t == self ? nil : t
    }

    /// A budget for a front page that ran over page 1: one key development fewer, down to the
    /// floor, then one watch item fewer; nil once neither can be cut. Why only these: the front
    /// page is what a reader sees first, and it tells more as a whole page than as a list whose
    /// last items and "What to watch" slip overleaf; the other sections keep their rows.
    func frontPageTightened() -> SectionBudget? {
        var t = self
        if keyDevelopments > Self.floor.keyDevelopments {
            t.keyDevelopments = keyDevelopments - 1
        } else if watch > Self.floor.watch {
            t.watch = watch - 1
        } else {
            return nil
        }
        return t
    }

    init(keyDevelopments: Int, watch: Int, topics: Int, timelineRows: Int, participants: Int, pairs: Int,
         stories: Int, storyArticles: Int, changes: Int, citations: Int, reactions: Bool, coverage: Bool,
         citedSourcesOnly: Bool) {
        self.keyDevelopments = keyDevelopments
        self.watch = watch
        self.topics = topics
        self.timelineRows = timelineRows
        self.participants = participants
        self.pairs = pairs
        self.stories = stories
        self.storyArticles = storyArticles
        self.changes = changes
        self.citations = citations
        self.reactions = reactions
        self.coverage = coverage
        self.citedSourcesOnly = citedSourcesOnly
    }
}
