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
        func found(_ d: String) -> FoundDate { FoundDate(day: Self.day(d), sentence: "s", anchor: .explicit) }
        let repeated = [(article: 0, date: found("2024-12-01")), (article: 0, date: found("2024-12-01")),
                        (article: 0, date: found("2024-12-01")), (article: 1, date: found("2024-12-02")),
                        (article: 0, date: found("2024-12-02"))]
        let evidence = DateRanker().rank(repeated, articleDays: published.map { Self.day($0.1) }).days
        #expect(evidence[Self.day("2024-12-02")]!.weight > evidence[Self.day("2024-12-01")]!.weight)
    }

    /// A corpus spanning years can name more days than a briefing shows; the model keeps them
    /// all, so a reader (or a scorer) asking about any stretch of the coverage finds its days.
    @Test func aLongCorpusKeepsEveryDayItNames() {
        let first = Self.day("2010-01-01").ordinal
        let dates = (0..<700).map { i in
            (article: i, date: FoundDate(day: Day(ordinal: first + i), sentence: "The court sat again.", anchor: .explicit))
        }
        let days = (0..<700).map { Day(ordinal: first + $0 + 1) as Day? }
        let (entries, _) = TimelineBuilder.build(dates, articleIDs: (0..<700).map { "a\($0)" }, articleDays: days,
                                                  titles: Array(repeating: "Trial", count: 700))
        #expect(Set(entries.map(\.date)).count >= 700)
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

    /// Two articles of 10 November 2011 recall the verdict of 7 November; one article of 30
    /// November names three days of 2009, as a chronology (`chronology`) or in prose.
    static func recallCorpus(chronology: Bool) -> [Article] {
        let lines = chronology
            ? "25 June 2009 Jackson dies at his home .\n28 June 2009 Police interview the doctor .\n22 July 2009 The doctor's clinic is raided ."
            : "Jackson died on 25 June 2009 .\n28 June 2009 Police interview the doctor .\nThe doctor's clinic was raided on 22 July 2009 ."
        let verdict = (0..<2).map { i in
            AnalysisFixtures.article("v/\(i)", "Verdict \(i)", "The jury returned its verdict on 7 November after two days .",
                                     date: Self.day("2011-11-10"))
        }
        return verdict + [AnalysisFixtures.article("c/1", "The case in dates", lines, date: Self.day("2011-11-30"))]
    }

    @Test func aChronologyLineCountsMoreThanAPassingMention() throws {
        let listed = AnalysisFixtures.analyze(Self.recallCorpus(chronology: true)).timeline.filter { $0.unit == .day }
        let rank = Dictionary(listed.enumerated().map { ($1.date, $0) }, uniquingKeysWith: min)
        let interview = try #require(rank[Self.day("2009-06-28")]), verdict = try #require(rank[Self.day("2011-11-07")])
        #expect(interview < verdict, "a day listed in a chronology outranks one two articles recall")
        // The same days in prose, with a single date-led line, are not a chronology.
        let prose = AnalysisFixtures.analyze(Self.recallCorpus(chronology: false)).timeline.filter { $0.unit == .day }
        #expect(prose.first?.date == Self.day("2011-11-07"))
    }

    @Test func weeksAndMonthsCountForWhatTheyCover() throws {
        let friday = Self.day("2024-12-06")
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("w/1", "Talks", "Talks broke down on 27 November .", date: friday),
            AnalysisFixtures.article("w/2", "Talks", "Talks resumed on 3 December .", date: friday),
            AnalysisFixtures.article("w/3", "Prices", "Prices rose last week . Output fell in October .", date: friday),
            AnalysisFixtures.article("w/4", "Output", "Factories cut output in October 2024 .", date: friday),
        ])
        let days = b.timeline.filter { $0.unit == .day }.map(\.date)
        // Named once each; "last week" (25 November to 1 December) tips the balance.
        let inWeek = try #require(days.firstIndex(of: Self.day("2024-11-27")))
        let outside = try #require(days.firstIndex(of: Self.day("2024-12-03")))
        #expect(inWeek < outside)
        // October, named as a whole by two articles, is a month-level entry and no day of it is.
        let october = try #require(b.timeline.first { $0.unit == .month })
        #expect(october.date == Self.day("2024-10-01") && october.articles == ["w/3", "w/4"])
        #expect(october.label.contains("October"))
        #expect(!days.contains { $0.month == 10 })
        #expect(b.timeline.filter { $0.unit == .day }.allSatisfy { $0.weight > october.weight })
        // A month named by a single article stays out.
        #expect(b.timeline.filter { $0.unit == .month }.count == 1)
    }
}
