import Testing
import BriefingModel
@testable import BriefingAnalysis

/// Key developments: stories ranked by coverage, a headline that is a headline, a lead that
/// stands alone, no two saying the same thing, and what lies ahead.
@Suite("Key developments: ranking, headline, lead, near-duplicates, what to watch")
struct KeyDevelopmentsTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func wideCoverageOutranksSizeAlone() {
        // Story A: four articles, four outlets, four days. Story B: five rewrites of one
        // outlet's piece on one day. Both end on the same day.
        let days: [Day?] = (0..<4).map { Self.day("2024-03-0\($0 + 1)") } + Array(repeating: Self.day("2024-03-04"), count: 5)
        let sources: [String?] = ["a.com", "b.com", "c.com", "d.com"] + Array(repeating: "e.com", count: 5)
        let importance = StoryImportance(articleDays: days, sources: sources)
        let wide = importance.score([0, 1, 2, 3]), narrow = importance.score([4, 5, 6, 7, 8])
        #expect(wide > narrow, "\(wide) vs \(narrow)")
        // The same story covered later in the period ranks higher, all else equal.
        let early = StoryImportance(articleDays: [Self.day("2024-03-01"), Self.day("2024-03-10")], sources: ["a", "a"])
        #expect(early.score([1]) > early.score([0]))
        #expect(StoryImportance.burst([1, 2, 3, 10, 10, 10, 11]) == 4)
        #expect(StoryImportance.burst([]) == 0)
    }

    @Test func headlinesAreNeverBylinesOrTimeStamps() {
        #expect(HeadlineChooser.isByline("By the CNN Wire Staff"))
        #expect(!HeadlineChooser.isByline("By-election called in Leeds after MP resigns"))
        #expect(HeadlineChooser.cleaned("9 November 2011 Last updated at 10:48 GMT Help The family of Michael Jackson")
                == "The family of Michael Jackson")
        #expect(HeadlineChooser.cleaned("Friday 11 June 2010 22.16 BST Obama presses BP over spill") == "Obama presses BP over spill")
        // A page's stamp further on ends the headline; a date in the news does not.
        #expect(HeadlineChooser.cleaned("BP oil spill caused by a failure of management 6 January 2011 Last updated at 16:13 GMT")
                == "BP oil spill caused by a failure of management")
        #expect(HeadlineChooser.cleaned("Obama to visit Gulf coast on 4 June") == "Obama to visit Gulf coast on 4 June")
        // A clock in words ("UK time") and a writer's name before a bar are a live page's stamp.
        #expect(HeadlineChooser.cleaned("12:13 UK time , Thursday , 10 June 2010 Mr Obama's blunt criticism of BP")
                == "Mr Obama's blunt criticism of BP")
        #expect(HeadlineChooser.cleaned("Clare Spencer | 09:26 UK time , Friday , 11 June 2010 Commentators discuss the spill")
                == "Commentators discuss the spill")
        #expect(HeadlineChooser.cleaned("Rock | Pop: the week's best albums") == "Rock | Pop: the week's best albums")
        #expect(HeadlineChooser.cleaned("Talks at 10:30 local time collapse in Geneva") == "Talks at 10:30 local time collapse in Geneva")
        // Among member titles the one sharing the story's words wins; bylines and stamps alone never.
        let words = ["ceasefir": 3, "gaza": 3, "agre": 2]
        let titles = ["By the CNN Wire Staff", "Monday 3 March 2024 10:15 GMT", "Ceasefire agreed in Gaza after talks", "Weather today"]
        #expect(HeadlineChooser.choose(titles, storyWords: words) == "Ceasefire agreed in Gaza after talks")
        #expect(HeadlineChooser.choose(["By Jane Smith"], storyWords: words) == nil)
        // A title line that runs into the article is cut to a headline's length.
        let long = Array(repeating: "word", count: 30).joined(separator: " ")
        #expect(HeadlineChooser.shortened(long).split(separator: " ").count == HeadlineChooser.maxWords)
    }

    @Test func leadsStandAlone() {
        #expect(LeadWriter.standsAlone("Ministers from twelve countries agreed a ceasefire in Geneva on Monday."))
        #expect(!LeadWriter.standsAlone("He said the talks in Geneva had failed on Monday."))
        #expect(!LeadWriter.standsAlone("The meeting also highlighted deep divisions between the two sides."))
        #expect(!LeadWriter.standsAlone("2159: A think tank tweets that the speech missed the point entirely."))
        #expect(!LeadWriter.standsAlone("Why did the talks in Geneva fail so badly this week?"))
        #expect(!LeadWriter.standsAlone("Talks failed."))
        #expect(!LeadWriter.standsAlone("G Thomas (capt); H Luscombe, T Shanklin, G Henson, S Williams; S Jones, D Peel; G Jenkins."))
        #expect(LeadWriter.standsAlone("Wayne Rooney and Cristiano Ronaldo face Paolo Maldini, Cafu and Alessandro Costacurta at Old Trafford on Wednesday."))
        #expect(!LeadWriter.standsAlone("Last updated at 15:41 GMT Help Live coverage of the trial of the doctor, who is charged."))
        #expect(!LeadWriter.standsAlone("Live coverage of the trial of the doctor, who is charged with\u{2026}"))
        #expect(LeadWriter.withoutConnective("In conclusion, the meeting between Lavrov and Blinken in Malta mattered.")
                == "The meeting between Lavrov and Blinken in Malta mattered.")
        #expect(LeadWriter.withoutConnective("However, BP capped the well on Thursday.") == "BP capped the well on Thursday.")
        #expect(LeadWriter.withoutConnective("In Malta, ministers met.") == "In Malta, ministers met.")
        // The candidate naming most of the main actors wins.
        let pick = LeadWriter.pick(["Ministers met in Malta on Thursday to discuss the war.",
                                    "Sergey Lavrov and Antony Blinken met in Malta on Thursday."],
                                   actors: ["Sergey Lavrov", "Antony Blinken"])
        #expect(pick == 1)
    }

    @Test func nearDuplicatesAreTheSameThing() {
        let stems = { (s: String) in HeadlineChooser.contentStems(s) }
        #expect(LeadWriter.sameThing(stems("The meeting highlighted deep divisions between the United States and Russia."),
                                     stems("Unsurprisingly, the meeting highlighted significant disagreement between the United States and Russia.")))
        #expect(!LeadWriter.sameThing(stems("BP capped the leaking well on Thursday after weeks of failed attempts."),
                                      stems("The US justice department opened criminal inquiries into the spill.")))
    }

    /// Dated coverage: the developments carry headline, date and articles, tell different
    /// things, name an actor; the plan announced ahead is in `watch`.
    @Test func developmentsAndWatchOnADatedCorpus() throws {
        let a = { (id: String, title: String, body: String, d: String, s: String) in
            AnalysisFixtures.article(id, title, body, date: Self.day(d), source: s)
        }
        let b = AnalysisFixtures.analyze([
            a("v/1", "Senate passes climate bill", "The Senate passed the climate bill on 12 March 2024 after a long debate. Senator Maria Lopez led the vote in Washington. The House will vote on the climate bill on 20 March 2024.", "2024-03-12", "a.com"),
            a("v/2", "Climate bill clears Senate", "Senator Maria Lopez said the climate bill passed the Senate on 12 March 2024. The House will vote on the climate bill on 20 March 2024, leaders said.", "2024-03-13", "b.com"),
            a("v/3", "Climate bill heads to the House", "After the Senate vote on 12 March 2024, Senator Maria Lopez urged the House to act. The climate bill faces a House vote on 20 March 2024.", "2024-03-14", "c.com"),
            a("s/1", "Storm floods Valencia", "A storm flooded Valencia on 13 March 2024, forcing thousands from their homes. Mayor Pedro Ruiz ordered schools closed across Valencia.", "2024-03-13", "d.com"),
            a("s/2", "Valencia counts storm damage", "Mayor Pedro Ruiz said the storm of 13 March 2024 damaged hundreds of homes in Valencia.", "2024-03-14", "a.com"),
        ])
        let items = b.executiveSummary
        #expect((2...8).contains(items.count))
        let ids = Set(b.articles.map(\.id))
        for item in items {
            #expect(item.headline?.isEmpty == false)
            #expect(!item.articles.isEmpty && Set(item.articles).isSubset(of: ids))
            #expect(LeadWriter.standsAlone(item.text), "\(item.text)")
        }
        #expect(Set(items.compactMap(\.date)).count == items.compactMap(\.date).count, "two developments on one day: \(items.map { ($0.date, $0.headline ?? "", $0.text) })")
        #expect(items.contains { $0.text.contains("Lopez") } && items.contains { $0.text.contains("Valencia") })
        let watch = try #require(b.watch.first)
        #expect(watch.date == Self.day("2024-03-20"))
        #expect(watch.text.contains("House"))
        #expect(Set(watch.articles).isSubset(of: ["v/1", "v/2", "v/3"]))
    }
}

/// Without publication dates a day recalled by several articles (11 September 2001 in the
/// coverage of 2005) is background, never the day a development happened.
struct KeyDevelopmentDaysTests {
    func developments(days: [Day?]) -> KeyDevelopments {
        let recalled = TimelineEntry(date: Day(iso: "2001-09-11")!, label: "Thousands died in New York on 11 September 2001.",
                                     weight: 5, articles: ["1", "2", "3"])
        return KeyDevelopments(articleIDs: ["1", "2", "3"], titles: ["a", "b", "c"], articleDays: days,
                               sources: [nil, nil, nil], summaries: [[], [], []], participants: [[], [], []],
                               timeline: [recalled])
    }

    @Test func anUndatedCorpusDatesNoDevelopmentByARecalledDay() {
        let undated = developments(days: [nil, nil, nil])
        #expect(undated.keyDays([0, 1, 2], period: StoryImportance(articleDays: [nil, nil, nil], sources: [nil, nil, nil])).isEmpty)
        let dated: [Day?] = [Day(iso: "2005-03-01"), Day(iso: "2005-03-02"), Day(iso: "2005-03-03")]
        let recalledInDated = developments(days: dated)
        #expect(recalledInDated.keyDays([0, 1, 2], period: StoryImportance(articleDays: dated, sources: [nil, nil, nil])).count == 1)
    }
}
