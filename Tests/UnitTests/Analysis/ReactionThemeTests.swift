import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Reactions: themes, hedging, register")
struct ReactionThemeTests {
    @Test func praiseIsItsOwnThemeAndHedgingIsAField() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("p/1", "Rescue", "Mayor Anne Hidalgo praised the rescue crews for their courage. Analysts probably welcomed the plan."),
            AnalysisFixtures.article("p/2", "Rescue ends", "The European Union welcomed the end of the rescue operation."),
        ])
        let praised = try #require(b.reactions.first { $0.theme == "praised" })
        #expect(praised.tone == .positive && !praised.hedged)
        let welcomed = b.reactions.filter { $0.theme == "welcomed" }
        #expect(welcomed.count == 2)
        #expect(welcomed.contains { $0.hedged && $0.actors == ["analysts"] })
        #expect(welcomed.contains { !$0.hedged && $0.actors == ["European Union"] })
        for theme in b.reactions { #expect(!theme.theme.contains("speculative")) }
    }
}
