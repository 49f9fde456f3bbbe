import Testing
import BriefingModel
@testable import BriefingAnalysis

/// Reading who said what in one article: where the speaker stands, pronouns, run-on quotations,
/// hedges and stances.
@Suite("Reactions: statements in one article")
struct ReactionStatementTests {
    static func findings(_ body: String) -> [ReactionFinding] {
        ArticleAnalyzer.analyze(AnalysisFixtures.article("s/1", "Budget row", body), index: 0).reactions
    }

    @Test func speakerBeforeOrAfterTheVerb() {
        let f = Self.findings("""
            Jack Straw accused the Conservatives of running scared of the debate on Europe.
            "The plans would compromise the whole reform," said Sir Anthony Greener on Monday.
            According to Evgeny Solovyov, the deal will cost the company billions of dollars.
            """)
        #expect(f.map { $0.actors.first ?? "" } == ["Jack Straw", "Anthony Greener", "Evgeny Solovyov"])
        #expect(f[0].stance == .opposes && !f[0].hedged)
        #expect(f[0].target == "Conservatives")
    }

    @Test func pronounsResolveOnlyWhenUnambiguous() {
        let one = Self.findings("Mr Howard spoke in Leeds on Friday. He said the budget would cost thousands of jobs in the north.")
        #expect(one.first?.actors == ["Howard"])
        let two = Self.findings("Mr Howard met Mr Letwin in Leeds on Friday. He said the budget would cost thousands of jobs in the north.")
        #expect(two.isEmpty)
    }

    @Test func aQuotationRunsOnWithItsSpeaker() {
        let f = Self.findings("""
            Brad Adams, from Human Rights Watch, said: "This is a huge political signal from Europe to the government.
            "There are still thousands of people who are unaccounted for."
            """)
        #expect(f.count == 2)
        #expect(f.allSatisfy { $0.actors == ["Brad Adams"] })
    }

    @Test func hedgedOnlyWhenTheContentIs() {
        let f = Self.findings("""
            Doug Suttles said it may be possible to stem the flow of oil within days.
            Tony Blair said Conservative policies would cause economic failure across the country.
            """)
        #expect(f.count == 2)
        #expect(f[0].hedged)
        #expect(!f[1].hedged)
    }

    @Test func contentFreeAndUnattributedSentencesAreNoReactions() {
        #expect(Self.findings("The international community also reacted.").isEmpty)
        #expect(Self.findings("The ministry did not welcome the proposal, officials said.").isEmpty)
    }

    @Test func coordinatedSubjectsAreBothActors() {
        let f = Self.findings("Senator Marco Rubio and Sergey Lavrov discussed trade and sanctions in Kuala Lumpur on Friday.")
        #expect(f.first?.actors == ["Marco Rubio", "Sergey Lavrov"])
    }

    @Test func theObjectCanNameTheStance() {
        let f = Self.findings("Antony Blinken reiterated the U.S.'s unwavering support for Ukraine's sovereignty on Tuesday.")
        #expect(f.first?.stance == .supports)
        #expect(f.first?.tone == .positive)
    }
}
