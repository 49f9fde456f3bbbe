@testable import BriefingSources
import BriefingModel
import Testing

@Suite struct ReadingWindowTests {
    func article(_ id: String, _ day: String?) -> Article {
        Article(id: id, title: id, body: "", date: day.flatMap { Day(iso: $0) }, path: id)
    }

    @Test func isoWeeksRunMondayToSunday() throws {
        #expect(try ReadingWindow.isoWeek("2024-W49").description == "2024-12-02 – 2024-12-08")
        #expect(try ReadingWindow.isoWeek("2025-W01").description == "2024-12-30 – 2025-01-05")
        #expect(try ReadingWindow.isoWeek("2020-W53").description == "2020-12-28 – 2021-01-03")
        #expect(throws: ReadingWindow.Failure.self) { try ReadingWindow.isoWeek("2021-W53") }
        // And back: each day of a week is named by that week, across year ends.
        for name in ["2024-W49", "2025-W01", "2020-W53", "2011-W11"] {
            let window = try ReadingWindow.isoWeek(name)
            for offset in 0..<7 { #expect(ReadingWindow.isoWeekName(of: window.since!.adding(days: offset)) == name) }
        }
        #expect(throws: ReadingWindow.Failure.self) { try ReadingWindow.isoWeek("week 49") }
    }

    @Test func lastSpansEndOnTheGivenDay() throws {
        let today = try #require(Day(iso: "2024-12-08"))
        #expect(try ReadingWindow.last("7d", endingOn: today).description == "2024-12-02 – 2024-12-08")
        #expect(try ReadingWindow.last("2w", endingOn: today).since?.description == "2024-11-25")
        #expect(throws: ReadingWindow.Failure.badSpan("7y")) { try ReadingWindow.last("7y", endingOn: today) }
        // Spans too long for Int arithmetic reach back to the calendar's first day, no trap.
        #expect(try ReadingWindow.last("2000000000000000000w", endingOn: today).since?.description == "0001-01-01")
        #expect(try ReadingWindow.last("\(Int.max)m", endingOn: today).since?.description == "0001-01-01")
    }

    @Test func windowKeepsOrDropsUndatedAndCountsBoth() throws {
        let articles = [article("in", "2024-12-03"), article("before", "2024-11-30"), article("after", "2024-12-09"),
                        article("undated", nil)]
        var window = try ReadingWindow.isoWeek("2024-W49")
        let kept = window.apply(to: articles)
        #expect(kept.articles.map(\.id) == ["in", "undated"])
        #expect(kept.outside == 2 && kept.undatedKept == 1 && kept.undatedDropped == 0)
        window.keepUndated = false
        let dropped = window.apply(to: articles)
        #expect(dropped.articles.map(\.id) == ["in"])
        #expect(dropped.undatedDropped == 1)
    }

    @Test func sinceAfterUntilIsRefused() throws {
        let window = ReadingWindow(since: Day(iso: "2024-12-09"), until: Day(iso: "2024-12-01"))
        #expect(throws: ReadingWindow.Failure.self) { try window.validated() }
    }
}

@Suite struct DuplicateMergerTests {
    static let story = """
    Foreign ministers from twelve countries met in Vienna on Thursday to discuss a ceasefire plan for the
    region, officials said. The talks lasted more than six hours and ended without a joint statement, but
    delegates agreed to meet again next month. Several ministers described the atmosphere as frank and
    businesslike. The host government said humanitarian corridors and prisoner exchanges were the most
    urgent questions, and that technical teams would keep working through the holidays on both issues.
    """

    func article(_ id: String, _ body: String, source: String? = nil, url: String? = nil) -> Article {
        Article(id: id, title: "Vienna talks", body: body, source: source, url: url, path: id)
    }

    @Test func exactAndNearCopiesMergeIntoTheFirstAndRememberEverySource() {
        let edited = Self.story.replacingOccurrences(of: "six hours", with: "seven hours")
            .replacingOccurrences(of: "Thursday", with: "Thursday evening") + " Reporting by A. Writer."
        let different = "The central bank raised interest rates by a quarter point on Wednesday, citing stubborn inflation in services and a tight labour market across the country."
        let outcome = DuplicateMerger().merge([
            article("wire", Self.story, source: "Wire"),
            article("copy", Self.story, source: "Paper A"),
            article("edited", edited, source: "Paper B"),
            article("bank", different, source: "Wire"),
        ])
        #expect(outcome.articles.map(\.id) == ["wire", "bank"])
        #expect(outcome.articles[0].duplicates == ["copy", "edited"])
        #expect(outcome.articles[0].alsoPublishedBy == ["Paper A", "Paper B"])
        #expect(outcome.merged == 2)
    }

    @Test func sameURLIsTheSameArticle() {
        let outcome = DuplicateMerger().merge([
            article("a", "First version of the text.", url: "https://www.example.com/story/?utm_source=x#top"),
            article("b", "A completely rewritten later version.", url: "http://example.com/story"),
        ])
        #expect(outcome.articles.map(\.id) == ["a"])
        #expect(outcome.articles[0].duplicates == ["b"])
    }

    @Test func relatedButDifferentArticlesStayApart() {
        let followUp = """
        A day after foreign ministers met in Vienna, the host government published a draft ceasefire plan.
        The draft sets out humanitarian corridors, a prisoner exchange and a monitoring mission, and gives the
        parties two weeks to reply. Opposition leaders called the plan vague and said it ignored the refugees.
        """
        let outcome = DuplicateMerger().merge([article("talks", Self.story), article("plan", followUp)])
        #expect(outcome.articles.count == 2)
        #expect(outcome.merged == 0)
    }

    @Test func signatureSimilarityTracksJaccard() {
        let a = MinHashSignature(text: Self.story)
        let b = MinHashSignature(text: Self.story)
        let c = MinHashSignature(text: "Completely unrelated words about football scores and weather in the north of the country today.")
        #expect(a.similarity(to: b) == 1)
        #expect(a.similarity(to: c) < 0.2)
    }
}
