import BriefingModel

/// Compares a briefing with the previous one of its series: stories new, continuing and ended,
/// topics rising and fading, participants seen for the first time, and the articles already
/// briefed. Reads the two models only (see `StoryProfile`).
struct ChangeFinder {
    var matcher = StoryMatcher()
    var trends = TopicTrends()

    /// - Parameters:
    ///   - history: briefings before `previous`, newest first (for the topic trend).
    ///   - briefed: fingerprints of articles briefed in earlier periods (the archive's).
    func changes(from previous: Briefing, to current: Briefing, history: [Briefing],
                 briefed: Set<String> = []) -> BriefingChanges {
        let seen = seenArticles(current, previous, briefed: briefed)
        let nowProfiles = profiles(current), beforeProfiles = profiles(previous)
        let matches = matcher.match(nowProfiles, to: beforeProfiles)
        let matchedNow = Set(matches.map(\.current)), matchedBefore = Set(matches.map(\.previous))
        let newStories = current.stories.indices.filter { i in
            !matchedNow.contains(i) && !current.stories[i].articles.allSatisfy(seen.contains)
        }.map { change(current.stories[$0]) }
        let ended = previous.stories.indices.filter { !matchedBefore.contains($0) }.map { change(previous.stories[$0]) }
        let continuing = matches.map { m in
            BriefingChanges.StoryMatch(title: current.stories[m.current].title,
                                       previousTitle: previous.stories[m.previous].title,
                                       articles: current.stories[m.current].articles,
                                       previousArticles: previous.stories[m.previous].articles,
                                       similarity: (m.similarity * 1000).rounded() / 1000)
        }
        let topics = trends.compare(current, previous, history: history)
        return BriefingChanges(
            previousPeriod: .init(first: previous.corpus.firstDay, last: previous.corpus.lastDay),
            previousTitle: previous.title,
            volume: .init(articles: current.corpus.articleCount, previousArticles: previous.corpus.articleCount),
            newStories: newStories, continuingStories: continuing, endedStories: ended,
            risingTopics: topics.rising, fadingTopics: topics.fading,
            newParticipants: newParticipants(current, previous), seenArticles: current.articles.map(\.id).filter(seen.contains))
    }

    private func profiles(_ b: Briefing) -> [StoryProfile] {
        let byID = Dictionary(b.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return b.stories.map { StoryProfile($0, articles: byID) }
    }

    private func change(_ story: Story) -> BriefingChanges.StoryChange {
        .init(title: story.title, articles: story.articles)
    }

    /// Ids of this briefing's articles whose URL (or id) the previous briefing, or any earlier
    /// one (`briefed`), already held.
    private func seenArticles(_ current: Briefing, _ previous: Briefing, briefed: Set<String>) -> Set<String> {
        var before = briefed
        for digest in previous.articles { before.formUnion(digest.seriesFingerprints) }
        return Set(current.articles.filter { before.contains($0.seriesIdentity) }.map(\.id))
    }

    /// Participants whose name and aliases were all unknown last time, most mentioned first.
    private func newParticipants(_ current: Briefing, _ previous: Briefing) -> [BriefingChanges.ParticipantChange] {
        var known = Set<String>()
        for p in previous.participants { known.formUnion(([p.name] + p.aliases).map(StoryProfile.normalized)) }
        return current.participants
            .filter { p in !([p.name] + p.aliases).contains { known.contains(StoryProfile.normalized($0)) } }
            .sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
            .map { .init(name: $0.name, kind: $0.kind, mentions: $0.mentions, articles: $0.articles) }
    }
}
