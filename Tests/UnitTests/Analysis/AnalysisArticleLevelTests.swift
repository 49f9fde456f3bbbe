import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Analysis: summaries, key phrases, dates")
struct AnalysisArticleLevelTests {
    static let flood = AnalysisFixtures.article("w/1", "Flood hits river town",
        """
        A severe flood hit the river town of Exton on Monday, forcing hundreds of residents from their homes.
        The weather office also published its annual report about sunshine hours in the hills.
        Rescue crews used boats to reach residents trapped by the flood in the lower town.
        The river burst its banks after three days of heavy rain, and the flood water rose quickly.
        A local bakery celebrated its fiftieth birthday with a cake.
        Residents said the flood was the worst the town had seen, and the river is still rising.
        Engineers will inspect the river banks and the flood defences next week.
        """)

    @Test func summaryKeepsTheCentralSentencesAndLeavesAsides() throws {
        let b = AnalysisFixtures.analyze([AnalysisArticleLevelTests.flood])
        let summary = try #require(b.articles.first?.summary)
        // About three sentences in five, best first.
        #expect((3...5).contains(summary.count))
        #expect(summary.contains("A severe flood hit the river town of Exton on Monday, forcing hundreds of residents from their homes."))
        #expect(!summary.contains("A local bakery celebrated its fiftieth birthday with a cake."))
        #expect(!summary.contains("The weather office also published its annual report about sunshine hours in the hills."))
        for s in summary { #expect(AnalysisArticleLevelTests.flood.body.contains(s)) }
    }

    @Test func keyphrasesAreTheArticlesOwnSubjects() throws {
        let b = AnalysisFixtures.analyze([AnalysisArticleLevelTests.flood])
        let phrases = try #require(b.articles.first?.keyphrases)
        #expect(!phrases.isEmpty && phrases.count <= 10)
        // An editor-style phrase leads; the article's main word is still listed, near the top.
        #expect(phrases.first?.contains(" ") == true)
        #expect(phrases.prefix(6).contains("flood"))
        #expect(phrases.contains("river") || phrases.contains("river town"))
        #expect(!phrases.contains("cake"))
        for p in phrases {
            #expect(!["the", "and", "of"].contains(p))
            let text = (AnalysisArticleLevelTests.flood.title + " " + AnalysisArticleLevelTests.flood.body).lowercased()
            #expect(text.contains(p.lowercased().split(separator: " ")[0]))
        }
    }

    @Test func absoluteAndRelativeDatesAreFound() throws {
        let published = Day(year: 2024, month: 12, day: 6)!
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("d/1", "Talks",
                                     "On December 5, 2024, the ministers met in Malta. Yesterday the talks ended. A follow-up is set for 5 Jan 2025.",
                                     date: published),
            AnalysisFixtures.article("d/2", "More talks",
                                     "The meeting on 2024-12-05 was short. Officials met again on December 5.",
                                     date: published),
        ])
        #expect(b.timelineNote == nil)
        let top = try #require(b.timeline.first)
        #expect(top.date == Day(year: 2024, month: 12, day: 5))
        #expect(top.articles == ["d/1", "d/2"])
        #expect(b.timeline.contains { $0.date == Day(year: 2025, month: 1, day: 5) })
        for (x, y) in zip(b.timeline, b.timeline.dropFirst()) { #expect(x.weight >= y.weight) }
        #expect(!b.timeline.contains { $0.date == AnalysisFixtures.today })
        for e in b.timeline { #expect(!e.label.isEmpty) }
    }

    @Test func undatedCorpusGivesEmptyTimelineAndANote() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("u/1", "No dates", "The ministers met on Monday and again yesterday. Nothing was agreed."),
        ])
        #expect(b.timeline.isEmpty)
        let note = try #require(b.timelineNote)
        #expect(note.contains("no publication dates"))
        #expect(b.corpus.firstDay == nil)
    }

    @Test func tokenizerKeepsAbbreviationsAndSplitsPossessives() {
        let words = Tokenizer.tokenize("Russia's Lavrov met U.S. officials; Co-operation rose 3.5% on 2024-12-05.").map(\.text)
        #expect(words == ["Russia", "'s", "Lavrov", "met", "U.S.", "officials", ";", "Co-operation", "rose", "3.5", "%",
                          "on", "2024-12-05", "."])
    }

    /// Tokenised corpora (Timeline17, news-please dumps) write brackets the Penn Treebank way;
    /// each is one mark, so "LRB" never becomes a name.
    @Test func treebankBracketsAreOnePunctuationMark() {
        let tokens = Tokenizer.tokenize("the cost -LRB- # 5 -RRB- rose -LSB- sic -RSB- ; -LRBX- stays")
        #expect(Array(tokens.map(\.text).prefix(11))
                == ["the", "cost", "-LRB-", "#", "5", "-RRB-", "rose", "-LSB-", "sic", "-RSB-", ";"])
        #expect(tokens.prefix(11).filter { $0.text.hasPrefix("-") }.allSatisfy { $0.kind == .punct })
        // Only a whole bracket token counts: "-LRBX-" is not one.
        #expect(!tokens.dropFirst(11).contains { $0.text.hasPrefix("-LRB") })
    }

    @Test func sentencesSplitButNotAtAbbreviations() {
        let s = SentenceSplitter.split(title: "Title Here", body: "The U.S. team won. Mr. Smith said so!\nKey Points Ahead\nUnderstanding the Role: The body serves.")
        #expect(s.map(\.text) == ["Title Here", "The U.S. team won.", "Mr. Smith said so!", "Key Points Ahead",
                                  "Understanding the Role", "The body serves."])
        #expect(s.map(\.isHeading) == [true, false, false, true, true, false])
    }

    @Test func candidatesAreNounPhrasesInTheirFullForm() throws {
        let article = AnalysisFixtures.article("p/1", "India calls for trade talks",
            "India calls the meeting urgent. Officials said the current account deficit widened. "
            + "The current account deficit is the largest in years. They call the deficit a risk. "
            + "Trade talks resume in June, and officials held candid discussions.")
        let phrases = ArticleAnalyzer.terms(of: article).phrases
        func find(_ key: String) -> PhraseCandidate? { phrases.first { $0.key == key } }
        let whole = try #require(find("current account deficit"))
        #expect(whole.isNounPhrase && whole.inBody)
        #expect(find("account deficit")?.subsumed == true)
        #expect(find("current") == nil)                          // a modifier never stands alone
        #expect(find("india call")?.isNounPhrase == false)       // "calls the meeting": a verb here
        #expect(find("trade talk")?.isNounPhrase == true)
        #expect(find("held candid discussion") == nil)           // an irregular past form closes a phrase
        #expect(find("candid discussion") != nil)
        let listed = try #require(AnalysisFixtures.analyze([article]).articles.first?.keyphrases)
        #expect(!listed.contains("account deficit") && !listed.contains { $0.lowercased() == "india calls" })
    }
}
