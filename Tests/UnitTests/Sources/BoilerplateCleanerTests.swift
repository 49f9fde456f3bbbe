@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Furniture in text that arrives already extracted, one kind at a time, with the news sentence
/// beside it that must stay.
@Suite struct BoilerplateCleanerTests {
    let news = "The senate approved the budget on Thursday after a week of talks."

    func cleaned(_ lines: [String]) -> [String] {
        BoilerplateCleaner.clean(lines.joined(separator: "\n")).split(separator: "\n").map(String.init)
    }

    @Test func commentThreadIsCutWithItsAuthorLine() {
        let body = [news, "The vote was 61 to 39.", "jsmith42", "April 2, 2012 at 9:15 am | Reply",
                    "This budget is a disaster for the rest of us.", "Report abuse"]
        #expect(cleaned(body) == [news, "The vote was 61 to 39."])
    }

    /// Blog pages end in readers' comments, each opened by its stamp and the reader's handle.
    @Test func commentsOpenedByAStampAndAHandleAreCut() {
        let body = [news, "At 12:40 pm on 10 Jun 2010 , reader42 wrote : This budget is a disaster .",
                    "And the senators knew it .", "At 12:41 pm on 10 Jun 2010 , Jo Smith wrote : I agree ."]
        #expect(cleaned(body) == [news])
        #expect(cleaned([news, "On 10 June 2010 at 09:15, jenny wrote: First!"]) == [news])
        // Quoting what someone wrote is news.
        let quote = "At 10:30 on Monday, the minister wrote: the talks have failed."
        #expect(cleaned([news, quote]) == [news, quote])
    }

    @Test func thePageSpeakingOfItselfGoes() {
        #expect(cleaned(["This live page is part of a News trial to test new ways of presenting breaking news .", news]) == [news])
        #expect(cleaned([news, "This article is more than 5 years old."]) == [news])
        let sentence = "This pageant has been held in the town square every summer since 1902."
        #expect(cleaned([sentence]) == [sentence])
    }

    @Test func bylinesGoWholeOrAsALineOpening() {
        #expect(cleaned(["By the Example Wire Staff", news]) == [news])
        #expect(cleaned(["By Jane Roe Political correspondent, Example News \(news)"]) == [news])
        #expect(cleaned(["By Jane Roe Example News, Rome \(news)"]) == [news])
        // A sentence that starts with "By" is news.
        let sentence = "By Monday, the flood had reached the northern suburbs of the city."
        #expect(cleaned([sentence]) == [sentence])
    }

    @Test func captionsWithCreditsGo() {
        #expect(cleaned([news, "Workers clear the beach. Photograph: Sam Lens/Agency", "More text follows here."])
                == [news, "More text follows here."])
        #expect(cleaned(["Photo by Sam Lens/Example Images", news]) == [news])
        let mention = "The photograph, taken in 1969, shows the crew in front of the rocket before launch."
        #expect(cleaned([mention]) == [mention])
    }

    @Test func creditsInMidLineAreCut() {
        #expect(cleaned(["Crews worked overnight. Photograph: Sam Lens\\/Agency The spill reached the coast on Friday."])
                == ["Crews worked overnight. The spill reached the coast on Friday."])
    }

    @Test func speakerTagsAfterASentenceAreCut() {
        #expect(cleaned(["Thanks for joining us. JANE ROE, EXAMPLE NEWS CORRESPONDENT: The storm is moving east."])
                == ["Thanks for joining us. The storm is moving east."])
        let news = "Officials met on Monday. NATO said: talks will resume."
        #expect(cleaned([news]) == [news])
    }

    @Test func speakerTagsSayingHowTheSpeakerIsHeardGo() {
        #expect(cleaned(["ROE (voice-over): The storm is moving east."]) == ["The storm is moving east."])
        #expect(cleaned(["Thanks for joining us. LEE (through translator): We heard the noise at night."])
                == ["Thanks for joining us. We heard the noise at night."])
    }

    @Test func transcriptTagsAndStageDirections() {
        #expect(cleaned(["ANA ANCHOR, EXAMPLE NEWS ANCHOR: Welcome back to the show.", "(BEGIN VIDEOTAPE)",
                         "UNIDENTIFIED MALE: We heard the noise at night."])
                == ["Welcome back to the show.", "We heard the noise at night."])
        // An acronym opening a sentence is not a speaker.
        #expect(cleaned(["NATO said on Monday that talks would resume."]) == ["NATO said on Monday that talks would resume."])
    }

    @Test func dateStampsAndDatelines() {
        #expect(cleaned(["5 March 2012 Last updated at 10:48 GMT Help \(news)"]) == [news])
        #expect(cleaned(["Last updated: 5 March 2012", news]) == [news])
        #expect(cleaned(["ROME (Reuters) -- \(news)"]) == [news])
        #expect(cleaned(["Updated 1123 GMT (1923 HKT) March 23, 2011", news]) == [news])
        #expect(cleaned(["Page last updated at 06:56 GMT, Tuesday, 8 November 2011 \(news)"]) == [news])
        // A weekday is a stamp's only inside one: the headline after a stamp keeps its first word.
        #expect(cleaned(["Last updated at 06:56 GMT Newsbeat reporter sees the verdict"]) == ["Newsbeat reporter sees the verdict"])
    }

    @Test func promptsGoMentionsStay() {
        #expect(cleaned([news, "Share this article", "Sign up for our daily newsletter", "Advertisement",
                         "Your comments may be published on any of our media."]) == [news])
        let mention = "The company said it would sign up for the scheme and subscribe to its rules in full next year."
        #expect(cleaned([mention]) == [mention])
    }

    /// The labels, counters, stamps and notes news sites print around an article.
    @Test func siteLabelsCountersAndNotesGo() {
        let furniture = [
            "Posted by Jo Roe at 10:15 AM ET", "Posted: 10:15 AM ET", "Last modified on Tue 14 Jun 2016 12.00 BST",
            "12:45 pm ET, June 3, 2010", "example.co.uk, Tuesday 1 June 2010 14.33 BST", "Recommend (45)",
            "Filed under: Oil, Coast", "Tags: oil, coast", "Image caption A bird covered in oil",
            "Media playback is unsupported on your device", "Email this to a friend", "Print this page",
            "Follow Jo Roe on Twitter", "Are you there? Send us your photos", "Jo Roe and Sam Lee contributed to this report.",
            "Additional reporting by Sam Lee", "Jo Roe for the Example", "Article history", "Story highlights",
            "Jo Roe in Capital City", "Jo Roe in Capital and agencies",
        ]
        for line in furniture { #expect(cleaned([news, line]) == [news], "\(line)") }
        #expect(cleaned(["(EXAMPLE) -- \(news)"]) == ["(EXAMPLE) -- \(news)"])
        #expect(cleaned(["(Reuters) -- \(news)"]) == [news])
        // News that mentions the same words stays.
        for line in ["He has two million followers on Twitter and posts every day.", "Votes for women were won in 1918 after a long campaign.",
                     "The senators voted for the bill in the end, by 61 to 39.", "Posted by courier, the letter arrived a week late.",
                     "Jo Roe in Capital City said the vote was close."] {
            #expect(cleaned([line]) == [line])
        }
    }

    @Test func aCaptionBetweenBylineAndTextGoes() {
        #expect(cleaned(["By Jo Roe Example News, Capital Crowds gathered at the court on 5 May 2010 \(news)"]) == [news])
        // A lead sentence that ends at its date keeps it.
        let lead = "The well was capped on 5 May 2010. Officials said the leak had stopped."
        #expect(cleaned(["By Jo Roe Example News, Capital \(lead)"]) == [lead])
    }

    @Test func headlineKickersGo() {
        #expect(TitleKicker.stripped("BREAKING NEWS: Senate passes the budget") == "Senate passes the budget")
        #expect(TitleKicker.stripped("EXCLUSIVE | Senate passes the budget") == "Senate passes the budget")
        for title in ["Oil spill: BP pays out", "LIVE", "Watchdog: banks must pay", "NATO: talks resume"] {
            #expect(TitleKicker.stripped(title) == title)
        }
    }

    @Test func characterReferencesAreDecoded() {
        #expect(cleaned(["They went to the caf&#233; &amp; the bar at AT&T Park."]) == ["They went to the café & the bar at AT&T Park."])
    }

    @Test func bylinesNamingAProgrammeGo() {
        #expect(cleaned(["By Jo Roe Example News Tonight, Capital The senate approved the budget on Thursday after a week of talks."]) == [news])
    }

    @Test func escapedSlashesAreUndone() {
        #expect(cleaned(["Presenter\\/Producer: the show runs 6.30-10 on weekdays and 10\\/12 at weekends."])
                == ["Presenter/Producer: the show runs 6.30-10 on weekdays and 10/12 at weekends."])
    }

    /// Programme pages list slots and credits run together without full stops; the whole line goes.
    @Test func broadcastListingsGo() {
        #expect(cleaned(["Presenter/Jo Roe, Producers/Sam Lee and Kim Poe for the Network 7.00-10 .30 pm EXAMPLE RADIO 5 Jo Roe has the day's sports news.", news]) == [news])
        #expect(cleaned(["12.00noon-2 .00 pm RADIO FOUR (Schedule addition 3 May) A concert from the town hall.", news]) == [news])
        #expect(cleaned([news, "3.30-4 .00 pm EXAMPLE FM Afternoon music with Jo Roe."]) == [news])
        // A job title with a slash is not a credit.
        let title = "The presenter, a Presenter/Producer at the station for ten years, resigned on Friday."
        #expect(cleaned([title]) == [title])
    }

    /// When a programme airs is a notice; what was broadcast is news.
    @Test func transmissionNoticesGoReportsOfBroadcastsStay() {
        #expect(cleaned([news, "The concert is broadcast on Radio 9 on Friday at 7.30 pm, and is repeated on Sunday at 2pm."]) == [news])
        #expect(cleaned([news, "Watch the next programme on Saturday at 0330 GMT and 1830 GMT."]) == [news])
        #expect(cleaned([news, "Jo Roe can be heard on Radio 9 on Saturday nights between midnight and 3am."]) == [news])
        let report = "The interview, which was broadcast at 9pm on Sunday, drew ten million viewers."
        #expect(cleaned([report]) == [report])
        let mention = "The talks will be shown live, the ministry said on Tuesday."
        #expect(cleaned([mention]) == [mention])
    }

    @Test func contactLinesGo() {
        #expect(cleaned([news, "Send a text to 555-010-7645 or an e-mail to desk@example.com"]) == [news])
        #expect(cleaned([news, "Example switchboard 020 7946 0000"]) == [news])
        let report = "Officials set up a hotline for families and said more than 4,000 calls had come in by Friday evening."
        #expect(cleaned([report]) == [report])
    }

    @Test func blogStampsOpeningALineGo() {
        #expect(cleaned(["Jo Roe | 09:51 UK time, Friday, 28 May 2010 \(news)"]) == [news])
        #expect(cleaned(["09:27 GMT, Friday, 28 May 2010 \(news)"]) == [news])
        let sentence = "At 09:27 on Friday the well was capped, BP said."
        #expect(cleaned([sentence]) == [sentence])
    }

    @Test func midLineStampsAndBylinesBreakTheLine() {
        #expect(cleaned(["Budget passes, says senate Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK \(news)"])
                == ["Budget passes, says senate", news])
        #expect(cleaned(["Budget fight goes on By Jo Roe Example News, Capital City \(news)"]) == ["Budget fight goes on", news])
        // "By" after a full stop opens a sentence; a title with "By" and no writer's word stays.
        let sentence = "The talks ended. By Monday, the senate had approved the budget."
        #expect(cleaned([sentence]) == [sentence])
        let song = "The crowd sang Stand By Me until the lights went out."
        #expect(cleaned([song]) == [song])
    }

    @Test func photoCreditLinesGo() {
        #expect(cleaned([news, "Jo Roe/Agency/Getty Images", "The vote was 61 to 39."]) == [news, "The vote was 61 to 39."])
        #expect(cleaned([news, "Example Defense Ministry via Getty Images"]) == [news])
        #expect(cleaned([news, "AP Photo/Jo Roe"]) == [news])
        let sentence = "Reporters/Editors of the paper walked out via the back door."
        #expect(cleaned([sentence]) == [sentence])
    }

    @Test func listingHeadingsAndSkipLinksGo() {
        #expect(cleaned(["Example Radio Week 12: 14-20 March 2011 Programme details are not updated after publication.", news]) == [news])
        #expect(cleaned(["Skip to a day of the week: \(news)"]) == [news])
        let sentence = "In week 12 of the strike, 14 of the 20 unions voted to go back to work."
        #expect(cleaned([sentence]) == [sentence])
    }

    @Test func galleryLabelsAndCreditsWithoutAColonGo() {
        #expect(cleaned([news, "Slideshow (25 Images)"]) == [news])
        #expect(cleaned(["Officials testify before the committee on Tuesday in the capital. (Photo by Jo Roe/Example Images) \(news)"])
                == ["Officials testify before the committee on Tuesday in the capital. \(news)"])
    }

    /// A line every page of a file carries is template; a sentence a few records repeat is news.
    @Test func templateLinesRepeatedAcrossRecordsGo() throws {
        let promo = "The pun is the lowest form of wit, or is it?"
        let background = "The spill began when the rig exploded in April."
        var lines: [String] = []
        for index in 0..<30 {
            var text = ["Record \(index) says the well was capped on day \(index) of the effort."]
            if index % 2 == 0 { text.append(promo) }
            if index < 3 { text.append(background) }
            let record: [String: Any] = ["id": "r\(index)", "time": "2010-07-\(10 + index % 20)", "text": text.joined(separator: "\n")]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
        }
        let folder = try TemporaryFolder()
        try folder.write("topic.jsonl", lines.joined(separator: "\n"))
        let articles = try CorpusReader().read([folder.path]).articles
        #expect(articles.count == 30)
        #expect(!articles.contains { $0.body.contains(promo) })
        #expect(articles.filter { $0.body.contains(background) }.count == 3)
    }
}
