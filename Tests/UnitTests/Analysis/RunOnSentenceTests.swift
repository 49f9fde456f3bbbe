@testable import BriefingAnalysis
import Testing

/// A caption or headline pasted before a sentence without its full stop is split off and kept
/// as a heading (no sentence to quote); names after a lower-case word are not split.
struct RunOnSentenceTests {
    @Test func aCaptionRunIntoTheNextSentenceIsSplitOff() {
        let s = SentenceSplitter.split(title: "", body:
            "The court heard the case . The prosecution said the doctor had caused his death through negligence "
            + "His comments echoed an interview given earlier . Talks ended with the tour Meanwhile , the council agreed .")
        #expect(s.map(\.text) == [
            "The court heard the case .",
            "The prosecution said the doctor had caused his death through negligence",
            "His comments echoed an interview given earlier .",
            "Talks ended with the tour",
            "Meanwhile , the council agreed .",
        ])
        #expect(s.map(\.isHeading) == [false, true, false, true, false])
    }

    @Test func namesAfterALowerCaseWordStayInTheirSentence() {
        let body = "Ministers met in The Hague on Monday, said The Times. He read his This Is It notes aloud."
        let s = SentenceSplitter.split(title: "", body: body)
        #expect(s.map(\.text) == ["Ministers met in The Hague on Monday, said The Times.", "He read his This Is It notes aloud."])
        #expect(s.allSatisfy { !$0.isHeading })
    }

    @Test func aPointAgainstItsDigitsEndsNoSentence() {
        let s = SentenceSplitter.split(title: "", body: "The show runs from 12.00noon-5 .00 pm on Sunday . It returns in May .")
        #expect(s.map(\.text) == ["The show runs from 12.00noon-5 .00 pm on Sunday .", "It returns in May ."])
    }

    /// A chronology's entries pasted together split at each full date; a date after a
    /// preposition stays in its sentence.
    @Test func aDatedEntryRunIntoTheLastStartsItsOwnSentence() {
        let s = SentenceSplitter.split(title: "", body:
            "The mayor denied the charges throughout the hearing 14 March 2012 Lopez's aide tells the court he saw the files . "
            + "The council met on 2 April 2012 Lopez's lawyers said nothing .")
        #expect(s.map(\.text) == [
            "The mayor denied the charges throughout the hearing",
            "14 March 2012 Lopez's aide tells the court he saw the files .",
            "The council met on 2 April 2012 Lopez's lawyers said nothing .",
        ])
    }

    /// A headline in capitals pasted before a sentence is split off as a heading; an acronym or
    /// two opening a sentence are not.
    @Test func aShoutedHeadlineBeforeASentenceIsSplitOff() {
        let s = SentenceSplitter.split(title: "", body:
            "NEW DAM FOR FLOODED VALLEY Once the work ends , the road reopens . US EU talks resume on Monday .")
        #expect(s.map(\.text) == ["NEW DAM FOR FLOODED VALLEY", "Once the work ends , the road reopens .",
                                  "US EU talks resume on Monday ."])
        #expect(s.map(\.isHeading) == [true, false, false])
    }

    /// Fact-box lines run together after a date or a figure split where a clause opens; a
    /// letter or a particle that ends a name does not open one.
    @Test func aClauseAfterACapitalOrAFigureStartsItsOwnSentence() {
        let s = SentenceSplitter.split(title: "", body:
            "Payment due on 21 June At its worst the fund lost a third . Pool A together with Italy plays in Rome . "
            + "Fans chose The Show Must Go On as the anthem .")
        #expect(s.map(\.text) == ["Payment due on 21 June", "At its worst the fund lost a third .",
                                  "Pool A together with Italy plays in Rome .", "Fans chose The Show Must Go On as the anthem ."])
    }

    /// The headline repeated over the text, its line break lost, is split off as a heading; a
    /// headline cut with "…" (its end unknown) and a short headline opening a sentence stay.
    @Test func theHeadlineRepeatedBeforeTheTextIsSplitOff() {
        let s = SentenceSplitter.split(title: "Mayor faces trial over lost files",
                                       body: "Mayor faces trial over lost files A judge set the date on Monday .")
        #expect(s.map(\.text) == ["Mayor faces trial over lost files", "Mayor faces trial over lost files",
                                  "A judge set the date on Monday ."])
        #expect(s.map(\.isHeading) == [true, true, false])
        let cut = SentenceSplitter.split(title: "Mayor faces trial over lost files Judge …",
                                         body: "Mayor faces trial over lost files Judge Ana Ruiz set the date .")
        #expect(cut.map(\.isHeading) == [true, false])
        let short = SentenceSplitter.split(title: "Oil spill", body: "Oil spill crews worked all night .")
        #expect(short.map(\.text) == ["Oil spill", "Oil spill crews worked all night ."])
    }
}
