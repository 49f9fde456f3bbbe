import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Timeline: key dates ranked by how much the coverage refers to them")
struct TimelineRankingTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func aRecalledDayOutranksABusyPublicationDay() {
        // Four articles published on 10 June, three of them recalling the explosion of 20 April.
        let a = (0..<4).map { i in
            AnalysisFixtures.article("a/\(i)", "Oil spill update \(i)",
                i < 3 ? "The rig exploded on 20 April, killing eleven workers. Crews worked on the leak." : "Crews worked on the leak.",
                date: Self.day("2010-06-10"))
        }
        let b = AnalysisFixtures.analyze(a)
        #expect(b.timeline.first?.date == Self.day("2010-04-20"))
        let top = b.timeline[0]
        #expect(top.articles.count == 3)
        #expect(top.label.contains("exploded"))
        for (x, y) in zip(b.timeline, b.timeline.dropFirst()) { #expect(x.weight >= y.weight) }
    }

    @Test func eachArticleCountsOncePerDay() {
        let published = [(0, "2024-12-06"), (1, "2024-12-06")]
        func found(_ d: String) -> FoundDate { FoundDate(day: Self.day(d), sentence: "s", relative: false) }
        let repeated = [(article: 0, date: found("2024-12-01")), (article: 0, date: found("2024-12-01")),
                        (article: 0, date: found("2024-12-01")), (article: 1, date: found("2024-12-02")),
                        (article: 0, date: found("2024-12-02"))]
        let evidence = DateRanker().rank(repeated, articleDays: published.map { Self.day($0.1) })
        #expect(evidence[Self.day("2024-12-02")]!.weight > evidence[Self.day("2024-12-01")]!.weight)
    }

    @Test func undatedSourcesKeepOnlyTheirOwnDatesAndSaySo() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("u/1", "Summit", "The summit opened on 3 March 2024 in Geneva. Talks continued on Monday."),
            AnalysisFixtures.article("u/2", "Summit ends", "Delegates who met on 3 March 2024 left yesterday."),
        ])
        #expect(b.timeline.map(\.date) == [Self.day("2024-03-03")])
        let note = try #require(b.timelineNote)
        #expect(note.contains("no publication dates"))
    }
}
