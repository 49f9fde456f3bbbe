import BriefingAnalysis
import BriefingModel
import Foundation
import Testing

/// What changed since the last briefing: stories matched by content, not title; articles
/// already briefed not news again; topics judged by their share of each week.
struct SeriesChangesTests {
    static let monday = Day(year: 2011, month: 3, day: 14)!

    private static func digest(_ id: String, day: Int, url: String? = nil, names: [String], phrases: [String]) -> ArticleDigest {
        ArticleDigest(id: id, title: "Article \(id)", date: monday.adding(days: day), source: "wire", url: url,
                      keyphrases: phrases, participants: names)
    }

    private static func briefing(_ title: String, articles: [ArticleDigest], stories: [Story], topics: [Topic] = [],
                                 participants: [Participant] = []) -> Briefing {
        let days = articles.compactMap(\.date)
        return Briefing(title: title, generated: monday.adding(days: 30),
                        corpus: Corpus(articleCount: articles.count, sourceCount: 1, undatedCount: 0,
                                       firstDay: days.min(), lastDay: days.max()),
                        executiveSummary: [], articles: articles, participants: participants, topics: topics,
                        reactions: [], stories: stories, timeline: [], timelineNote: nil)
    }

    /// Last week: a no-fly zone story and a port strike; this week: the no-fly zone again
    /// (retitled, new articles), an election, and the feed repeating one old item.
    static let lastWeek = briefing("Week 10", articles: [
        digest("w1", day: -7, url: "https://x.org/1", names: ["NATO", "Libya", "Benghazi"], phrases: ["no-fly zone", "air strikes"]),
        digest("w2", day: -6, names: ["NATO", "Libya", "UN Security Council"], phrases: ["no-fly zone", "resolution"]),
        digest("w3", day: -5, names: ["Rotterdam", "dock workers union"], phrases: ["port strike", "wages"]),
        digest("w4", day: -4, names: ["Rotterdam", "dock workers union"], phrases: ["port strike", "container ships"]),
    ], stories: [Story(title: "UN votes for a no-fly zone", articles: ["w1", "w2"], summary: []),
                 Story(title: "Dock workers strike in Rotterdam", articles: ["w3", "w4"], summary: [])],
    topics: [Topic(label: "port strike", terms: ["port strike"], mentions: 9, articles: ["w3", "w4"]),
             Topic(label: "no-fly zones", terms: ["no-fly zone"], mentions: 6, articles: ["w1", "w2"])],
    participants: [Participant(name: "NATO", kind: .organization, mentions: 5, articles: ["w1", "w2"])])

    static let thisWeek = briefing("Week 11", articles: [
        digest("n1", day: 0, names: ["NATO", "Libya", "Benghazi"], phrases: ["no-fly zone", "air strikes"]),
        digest("n2", day: 1, names: ["NATO", "Libya", "Misrata"], phrases: ["no-fly zone", "command"]),
        digest("n3", day: 2, names: ["NATO", "Libya"], phrases: ["no-fly zone", "air strikes"]),
        digest("n4", day: 2, names: ["Peru", "Ollanta Humala"], phrases: ["presidential election", "run-off"]),
        digest("n5", day: 3, names: ["Peru", "Keiko Fujimori"], phrases: ["presidential election", "polls"]),
        digest("old", day: 3, url: "https://x.org/1", names: ["Benghazi"], phrases: ["air strikes"]),
    ], stories: [Story(title: "NATO takes command of Libya strikes", articles: ["n1", "n2", "n3"], summary: []),
                 Story(title: "Peru votes", articles: ["n4", "n5"], summary: []),
                 Story(title: "Strikes on Benghazi", articles: ["old"], summary: [])],
    topics: [Topic(label: "no-fly zone", terms: ["no-fly zone", "air strikes"], mentions: 12, articles: ["n1", "n2", "n3"]),
             Topic(label: "presidential election", terms: ["presidential election"], mentions: 5, articles: ["n4", "n5"])],
    participants: [Participant(name: "NATO", kind: .organization, mentions: 9, articles: ["n1", "n2", "n3"]),
                   Participant(name: "Keiko Fujimori", kind: .person, mentions: 3, articles: ["n5"])])

    @Test func storiesAreMatchedByWhatTheyAreAboutNotByTitle() throws {
        let changes = try #require(BriefingComparison.compare(Self.thisWeek, with: Self.lastWeek).changes)
        let continuing = Dictionary(changes.continuingStories.map { ($0.title, $0.previousTitle) }, uniquingKeysWith: { a, _ in a })
        #expect(continuing["NATO takes command of Libya strikes"] == "UN votes for a no-fly zone")
        #expect(changes.newStories.map(\.title) == ["Peru votes"], "the repeated feed item makes no story new")
        #expect(changes.endedStories.map(\.title) == ["Dock workers strike in Rotterdam"])
        #expect(changes.seenArticles == ["old"])
        #expect(changes.volume == .init(articles: 6, previousArticles: 4))
        #expect(changes.previousPeriod.first == Self.monday.adding(days: -7))
    }

    @Test func topicsRiseAndFadeByShareAndJoinAcrossNames() throws {
        let changes = try #require(BriefingComparison.compare(Self.thisWeek, with: Self.lastWeek).changes)
        // "no-fly zone" now is last week's "no-fly zones": 2 of 4 then, 3 of 6 now — the same
        // share, so neither rising nor fading.
        #expect(!changes.risingTopics.contains { $0.label == "no-fly zone" })
        #expect(changes.risingTopics.map(\.label) == ["presidential election"])
        #expect(changes.risingTopics.first?.trend == [0, 2])
        #expect(changes.fadingTopics.map(\.label) == ["port strike"])
        #expect(changes.newParticipants.map(\.name) == ["Keiko Fujimori"])
    }

    @Test func aBriefingComparedWithItselfHasNothingNew() throws {
        let changes = try #require(BriefingComparison.compare(Self.thisWeek, with: Self.thisWeek).changes)
        #expect(changes.newStories.isEmpty && changes.endedStories.isEmpty)
        #expect(changes.continuingStories.count == Self.thisWeek.stories.count)
        #expect(changes.continuingStories.allSatisfy { $0.title == $0.previousTitle })
        #expect(changes.risingTopics.isEmpty && changes.fadingTopics.isEmpty && changes.newParticipants.isEmpty)
        #expect(Set(changes.seenArticles) == Set(Self.thisWeek.articles.map(\.id)))
    }

    @Test func changesSurviveTheJSONRoundTripAndOlderModelsHaveNone() throws {
        let compared = BriefingComparison.compare(Self.thisWeek, with: Self.lastWeek)
        #expect(try Briefing.decode(json: compared.jsonData()) == compared)
        let old = try Self.thisWeek.jsonData()
        #expect(!String(decoding: old, as: UTF8.self).contains("\"changes\""), "no comparison, no field")
        #expect(try Briefing.decode(json: old).changes == nil)
    }
}
