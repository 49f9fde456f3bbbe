import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Summaries: register and length")
struct SummaryRegisterTests {
    @Test func chattySentencesAreNeverExecutiveSummaryLines() {
        #expect(LeadWriter.isChatty("This wasn't just any casual meet-up."))
        #expect(LeadWriter.isChatty("So what does this mean for you?"))
        #expect(LeadWriter.isChatty("Let's dive in."))
        #expect(!LeadWriter.isChatty("The ministers met in Malta on Thursday to discuss the ceasefire."))
    }

    @Test func executiveSummaryLeavesOutTheChattyLine() {
        let chatty = "This wasn't just any casual meet-up between the ministers in Malta."
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("e/1", "Ministers meet in Malta",
                "The ministers met in Malta to discuss the ceasefire in the region. \(chatty) "
                + "The ministers agreed to meet again in Malta next month to discuss the ceasefire."),
            AnalysisFixtures.article("e/2", "Malta talks",
                "Ministers discussed the ceasefire at talks in Malta. \(chatty) The talks in Malta ended without a ceasefire deal."),
        ])
        #expect(!b.executiveSummary.isEmpty)
        #expect(!b.executiveSummary.contains { $0.text == chatty })
        for line in b.executiveSummary { #expect(!line.articles.isEmpty) }
    }

    @Test func summaryListsAboutThreeSentencesInFive() {
        let body = """
        A storm wrecked the harbour wall at Dunmore on Sunday night. Fishing boats sank in the harbour as the storm surged.
        The council said the harbour wall would be rebuilt within a year. Engineers inspected the broken harbour wall on Monday.
        Fishermen said the storm was the worst in decades. A choir sang at the church fete on Saturday.
        Insurers expect claims from boat owners after the storm. The harbour master closed the harbour to visitors.
        Repairs to the harbour will cost millions, the council said. Volunteers cleared debris from the harbour road.
        """
        let b = AnalysisFixtures.analyze([AnalysisFixtures.article("l/1", "Harbour storm", body)])
        let summary = b.articles[0].summary
        #expect(summary.count >= 4 && summary.count <= 6)
        #expect(Set(summary).count == summary.count)
    }
}
