import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Dates: temporal expressions resolved against the article's day")
struct DateExtractorTests {
    /// A Friday.
    static let friday = Day(year: 2024, month: 12, day: 6)!

    static func found(_ text: String, published: Day? = friday) -> [FoundDate] {
        DateExtractor.find(SentenceSplitter.split(title: "", body: text), published: published)
    }

    static func days(_ text: String, published: Day? = friday) -> [String] {
        found(text, published: published).filter(\.isSingleDay).map(\.day.description)
    }

    @Test func absoluteForms() {
        #expect(Self.days("The talks began on December 5, 2024 in Malta.") == ["2024-12-05"])
        #expect(Self.days("The talks began on 5 Dec 2024 in Malta.") == ["2024-12-05"])
        #expect(Self.days("The record is dated 2024-12-05 in the files.") == ["2024-12-05"])
        #expect(Self.days("It was signed on Dec. 5, 2023.") == ["2023-12-05"])
    }

    @Test func tokenisedNewsTextAndTenseChooseTheYear() {
        let february = Day(year: 2010, month: 2, day: 5)!
        // Past clause: the June before, though the next June is nearer.
        #expect(Self.days("Jackson died at his Los Angeles home on 25 June aged 50 .", published: february) == ["2009-06-25"])
        // Future clause: the coming one.
        #expect(Self.days("The trial will open on 25 January .", published: february) == ["2011-01-25"])
        #expect(Self.days("The doctor appeared in court on June 25 .", published: february) == ["2009-06-25"])
    }

    @Test func aDayWrittenInFullLendsItsYearToItsShortForm() {
        let november2011 = Day(year: 2011, month: 11, day: 8)!
        #expect(Self.days("Jackson died on 25 June 2009 . Fans recalled 25 June and the vigil .", published: november2011)
                == ["2009-06-25", "2009-06-25"])
        // Two years for the same day and month: the short form keeps the nearest one.
        #expect(Self.days("He died on 25 June 2009 ; the auction was on 25 June 2010 . Fans met on 25 June .",
                          published: november2011) == ["2009-06-25", "2010-06-25", "2011-06-25"])
    }

    @Test func aWrittenWeekdayChoosesTheYear() {
        // Read in August 2010, "Tuesday 24 August" is 2010 (24 August 2009 was a Monday).
        let august = Day(year: 2010, month: 8, day: 1)!
        #expect(Self.days("The concert is repeated on Tuesday 24 August at 2.45 pm .", published: august) == ["2010-08-24"])
        #expect(Self.days("Murray will be sentenced on 29 November .", published: Day(year: 2011, month: 11, day: 7)!)
                == ["2011-11-29"])
    }

    @Test func relativeWordsUseThePublicationDay() {
        #expect(Self.days("Yesterday the talks ended.") == ["2024-12-05"])
        #expect(Self.days("The minister spoke last night.") == ["2024-12-05"])
        #expect(Self.days("Crowds gathered tonight in the square.") == ["2024-12-06"])
        #expect(Self.days("The deal was signed two days ago.") == ["2024-12-04"])
        #expect(Self.days("The minister resigned on Tuesday.") == ["2024-12-03"])
        #expect(Self.days("The president is to visit the coast on Tuesday.") == ["2024-12-10"])
        #expect(Self.days("The council will meet next Friday.") == ["2024-12-13"])
        #expect(Self.days("They met last Friday.") == ["2024-11-29"])
        #expect(Self.days("The day before yesterday, markets fell.") == ["2024-12-04"])
        #expect(Self.days("The vote is the day after tomorrow.") == ["2024-12-08"])
    }

    /// Friday 6 December 2024: the weekend just gone is 30 November - 1 December.
    @Test func weekendsAndLongerAgo() throws {
        func span(_ text: String, published: Day = Self.friday) throws -> String {
            let f = try #require(Self.found(text, published: published).first)
            return "\(f.unit) \(f.day)..\(f.last)"
        }
        #expect(try span("Talks collapsed over the weekend, officials said.") == "weekend 2024-11-30..2024-12-01")
        #expect(try span("Protests are planned for the weekend.") == "weekend 2024-12-07..2024-12-08")
        #expect(try span("Fans gathered last weekend.") == "weekend 2024-11-30..2024-12-01")
        #expect(try span("Fans will gather this weekend.") == "weekend 2024-12-07..2024-12-08")
        // Read on a Sunday, "the weekend" is the one under way.
        #expect(try span("Crowds gathered at the weekend.", published: Day(year: 2024, month: 12, day: 8)!)
                == "weekend 2024-12-07..2024-12-08")
        #expect(try span("The plan was approved three months ago.") == "month 2024-09-01..2024-09-30")
        #expect(try span("The firm was founded two years ago.") == "year 2022-01-01..2022-12-31")
    }

    @Test func coarserUnitsStayCoarse() throws {
        let week = try #require(Self.found("Prices rose last week.").first)
        #expect(week.unit == .week && week.day.description == "2024-11-25" && week.last.description == "2024-12-01")
        let month = try #require(Self.found("A vote is planned next month.").first)
        #expect(month.unit == .month && month.day.description == "2025-01-01" && month.last.description == "2025-01-31")
        let june = try #require(Self.found("The company collapsed in June 2009.").first)
        #expect(june.unit == .month && june.day.description == "2009-06-01" && june.last.description == "2009-06-30")
        let year = try #require(Self.found("The law has applied since 2019.").first)
        #expect(year.unit == .year && year.day.description == "2019-01-01")
        #expect(Self.found("About 2019 people signed the petition.").isEmpty)
    }

    @Test func partsOfAMonthCoverTheirThird() throws {
        func part(_ text: String, published: Day? = Self.friday) -> String? {
            Self.found(text, published: published).first { $0.unit == .partOfMonth }.map { "\($0.day)...\($0.last)" }
        }
        #expect(part("Oil reached the coast in early June 2010 .") == "2010-06-01...2010-06-10")
        #expect(part("The cap was fitted in mid-July 2010 .") == "2010-07-11...2010-07-20")
        #expect(part("The well was sealed in late September .", published: Day(year: 2010, month: 10, day: 2)!)
                == "2010-09-21...2010-09-30")
        #expect(part("Talks resume at the end of February 2024 .") == "2024-02-21...2024-02-29")
        // Without a year or an article date there is nothing to anchor on.
        #expect(part("The well was sealed in late September .", published: nil) == nil)
    }

    @Test func rangesKeepBothEnds() throws {
        let range = try #require(Self.found("The summit ran 5-9 June 2010 in Toronto.").first)
        #expect(range.day.description == "2010-06-05" && range.last.description == "2010-06-09" && range.unit == .day)
    }

    @Test func undatedArticlesResolveOnlyAbsoluteDates() {
        let text = "On December 5, 2024 the ministers met. They met again yesterday and on Monday, and on June 25. Prices rose last week."
        #expect(Self.days(text, published: nil) == ["2024-12-05"])
        #expect(Self.found(text, published: nil).count == 1)
    }

    @Test func theModalMayAndReaderCommentsAreNotDates() {
        #expect(Self.found("Officials said prices may rise, and May could be hard.").isEmpty)
        #expect(Self.found("At 11:09 2nd Jun 2010, Dibby wrote: BP is to blame.").isEmpty)
        // Page furniture: the stamp goes, the news after it stays.
        #expect(Self.days("Page last updated at 07:48 GMT , Tuesday , 8 November 2011 The trial opened on 27 September 2011 .")
                == ["2011-09-27"])
        #expect(Self.days("30 September 2011 Last updated at 06:15 GMT The doctor was heard on 29 September 2011 .")
                == ["2011-09-29"])
        #expect(Self.days("Robert Peston | 15:39 UK time , Tuesday , 1 June 2010 Shares fell after the rig sank on 22 April 2010 .")
                == ["2010-04-22"])
        #expect(Self.days("12:13 UK time , Thursday , 10 June 2010 Shares fell after the rig sank on 22 April 2010 .")
                == ["2010-04-22"])
        #expect(Self.days("At 12:13 on 10 June 2010 the rig was sealed .") == ["2010-06-10"])
        // A wire dateline, in tokenised and in plain text; the agency named in prose is not one.
        #expect(Self.days("TRIPOLI , March 19 -LRB- Reuters -RRB- - Air strikes began on March 17 , 2011 .")
                == ["2011-03-17"])
        #expect(Self.days("CAIRO, Feb. 1 (AP) - Crowds gathered on Jan. 25, 2011.") == ["2011-01-25"])
        #expect(Self.days("The talks on 3 December 2024 were reported by Reuters .") == ["2024-12-03"])
        // A page's "Published" line and a byline's date; a report published on a day is news.
        #expect(Self.days("Published May 10 , 2010 | FoxNews.com The well blew out on April 20 , 2010 .") == ["2010-04-20"])
        #expect(Self.days("By Neil Irwin Washington Post Staff Writer Sunday , March 20 , 2011 ; A01") == [])
        #expect(Self.days("The report was published on 3 December 2024 .") == ["2024-12-03"])
    }

    @Test func eachDateSaysWhatItLeansOn() {
        let anchors = Self.found("The rig exploded on 20 April 2010 . Oil reached the coast on 30 April . Crews worked yesterday .")
            .map(\.anchor)
        #expect(anchors == [.explicit, .calendar, .deictic])
        // Undated articles keep only what the text pins down alone.
        #expect(Self.found("The rig exploded on 20 April 2010 . Oil reached the coast on 30 April .", published: nil)
                    .map(\.anchor) == [.explicit])
    }

    @Test func aDayOpeningItsLineIsAChronologyLine() {
        func opens(_ text: String) -> [Bool] { Self.found(text).map(\.opensSentence) }
        #expect(opens("28 June 2009 Los Angeles police interview Dr Murray for three hours .") == [true])
        #expect(opens("June 28, 2009: Police interview the doctor .") == [true])
        #expect(opens("2009-06-28 Police interview the doctor .") == [true])
        // A factbox's year-less lines, with or without a bullet.
        #expect(opens("20 April : A surge of gas causes an explosion on the rig .") == [true])
        #expect(opens("* Feb. 15 - Protests erupt in Benghazi") == [true])
        #expect(opens("- March 19: Air strikes begin .") == [true])
        // Prose that names the day, a weekday, and a month do not make a chronology line.
        #expect(opens("Police interviewed the doctor on 28 June 2009 .") == [false])
        #expect(opens("On Monday police interviewed the doctor .") == [false])
        #expect(opens("June 2009 The doctor is hired .") == [false])
    }

    /// A factbox of 20 November lists the year's events in the present tense; its year-less
    /// lines are the past year's days, though "15 Dec" of the coming month is nearer.
    @Test func aChronologysYearlessLinesLookBack() {
        let november = Day(year: 2011, month: 11, day: 20)!
        let factbox = """
            * Dec. 17 - A street vendor sets himself on fire in Sidi Bouzid
            * Jan. 25 - Protesters fill Tahrir Square
            * Feb. 11 - The president steps down
            * Feb. 15 - Protests erupt in Benghazi
            """
        #expect(Self.days(factbox, published: november) == ["2010-12-17", "2011-01-25", "2011-02-11", "2011-02-15"])
        // A lone line is not a chronology: it keeps the nearest year.
        #expect(Self.days("* Dec. 17 - A vendor sets himself on fire", published: november) == ["2011-12-17"])
    }

    @Test func labelsReadAsProse() {
        #expect(TimelineLabel.clean("Jackson 's death , officials say -LRB- on Monday -RRB- .")
                == "Jackson's death, officials say (on Monday).")
        let long = String(repeating: "word ", count: 60)
        let trimmed = TimelineLabel.trim(long)
        #expect(trimmed.count <= TimelineLabel.maxLength + 1 && trimmed.hasSuffix("\u{2026}"))
    }

    /// Every candidate below names the same day; the label is the one that reports it.
    @Test func aLabelReportsTheDayOnItsOwn() {
        typealias C = TimelineLabel.Candidate
        func pick(_ candidates: [C]) -> String? {
            var stems: [String: String] = [:]
            return TimelineLabel.pick(candidates, stems: &stems)
        }
        let report = "The rig exploded on 20 April in the Gulf of Mexico , killing eleven workers ."
        // A line that leans on the one before it, an expectation, a question, a fragment.
        let leaning = "He said the rig exploded on 20 April in the Gulf of Mexico , killing eleven workers ."
        let expecting = "The rig could be towed away on 20 April from the Gulf of Mexico , officials expect ."
        let question = "Why did the rig in the Gulf of Mexico explode on 20 April , killing eleven workers ?"
        let fragment = "5 million gallons -RRB- of oil from the rig in the Gulf of Mexico by 20 April ."
        let reader = "You can follow the rig inquiry into the Gulf of Mexico explosion of 20 April here ."
        for other in [leaning, expecting, question, fragment, reader] {
            #expect(pick([C(text: other), C(text: report)])?.hasPrefix("The rig exploded") == true, "\(other)")
            #expect(pick([C(text: report), C(text: other)])?.hasPrefix("The rig exploded") == true, "\(other)")
        }
        // Written after the day, a plainer line beats the day's own running report.
        let running = "Crews on the rig in the Gulf of Mexico fought a fire on 20 April , officials said ."
        let recalled = "The Gulf of Mexico rig sank after the fire of 20 April , officials said ."
        #expect(pick([C(text: running), C(text: recalled, recalled: true)])?.hasPrefix("The Gulf") == true)
        #expect(pick([C(text: running, recalled: true), C(text: recalled)])?.hasPrefix("Crews") == true)
        // A fragment is still better than no label.
        #expect(pick([C(text: "Approximate oil locations 22 April - 15 May")]) != nil)
        #expect(TimelineLabel.isWhole("He said \"it is over . \""))
        #expect(!TimelineLabel.isWhole("mid-sentence words on 20 April ."))
    }

    /// The timeline prints the date beside the label, so a chronology's line loses its own.
    @Test func aLabelDropsTheDateItOpensWith() {
        func strip(_ s: String) -> String { TimelineLabel.withoutLeadingDate(s, tokens: Tokenizer.tokenize(s)) }
        #expect(strip("2 June: BP starts the next procedure to cap the well.") == "BP starts the next procedure to cap the well.")
        #expect(strip("27 September 2011 Opening arguments take place in the trial.") == "Opening arguments take place in the trial.")
        #expect(strip("* Feb. 15, 2011 - Protests erupt in Benghazi") == "Protests erupt in Benghazi")
        #expect(strip("2010-06-02 BP starts the procedure.") == "BP starts the procedure.")
        // Prose, and a date with too little after it, stay whole.
        #expect(strip("On 2 June BP started the next procedure.") == "On 2 June BP started the next procedure.")
        #expect(strip("2 June: Cap fitted.") == "2 June: Cap fitted.")
        #expect(strip("May is the month the cap was fitted.") == "May is the month the cap was fitted.")
    }

    /// Of two lines naming the day, the one in the corpus's own words is the label: a sidebar's
    /// news from elsewhere is not.
    @Test func aLabelStaysOnTheCorpussSubject() {
        typealias C = TimelineLabel.Candidate
        let topic = Topicality(documentFrequency: ["murray": 40, "trial": 35, "doctor": 30, "jackson": 40, "jury": 20],
                               documents: 40)
        let sidebar = C(text: "Silvio Berlusconi faces a crucial vote on budget reforms in Rome on Tuesday .")
        let story = C(text: "The jury in the trial of Dr Murray began its deliberations on Tuesday .")
        var stems: [String: String] = [:]
        #expect(TimelineLabel.pick([sidebar, story], topicality: topic, stems: &stems)?.hasPrefix("The jury") == true)
        #expect(TimelineLabel.pick([sidebar, story], stems: &stems)?.hasPrefix("Silvio") == true, "without topicality, the tie goes to the first line")
    }

    /// A day named only by a sidebar takes the lead of an article published that day.
    @Test func aDayNamedOnlyOffTheSubjectTakesTheDaysLead() {
        let day = Day(year: 2011, month: 11, day: 8)!
        let topic = Topicality(documentFrequency: ["murray": 3, "sentenc": 3, "doctor": 3], documents: 3)
        let sidebar = FoundDate(day: day, sentence: "Silvio Berlusconi faces a crucial vote on budget reforms today .",
                                anchor: .deictic)
        let lead = "Dr Murray , the doctor convicted over the death , awaits sentencing ."
        let (entries, _) = TimelineBuilder.build([(article: 0, date: sidebar)], articleIDs: ["a", "b", "c"],
                                                 articleDays: [day, day, day], titles: ["", "", ""],
                                                 leads: [lead, lead, lead], topicality: topic)
        #expect(entries.first?.label.hasPrefix("Dr Murray") == true)
        // Without a lead, the sidebar is still the day's label: better than none.
        let (bare, _) = TimelineBuilder.build([(article: 0, date: sidebar)], articleIDs: ["a"], articleDays: [day],
                                              titles: [""], topicality: topic)
        #expect(bare.first?.label.hasPrefix("Silvio") == true)
    }
}
