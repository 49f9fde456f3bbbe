import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Reactions: themes by story and stance, hedging, actors")
struct ReactionThemeTests {
    static let rescue: [Article] = [
        AnalysisFixtures.article("p/1", "Rescue crews praised after mine collapse",
                                 "Mayor Anne Hidalgo praised the rescue crews for their courage in the mine. The European Union may welcome the plan to reopen the mine, officials suggested."),
        AnalysisFixtures.article("p/2", "Mine rescue ends",
                                 "The European Union welcomed the end of the rescue operation at the mine. Senator Paul Dubois condemned the mine owners for ignoring the warnings about the mine."),
    ]

    @Test func themesAreNamedByStoryAndStance() throws {
        let b = AnalysisFixtures.analyze(Self.rescue)
        let stories = Set(b.stories.map(\.title))
        #expect(!b.reactions.isEmpty)
        for theme in b.reactions {
            let story = try #require(theme.story)
            #expect(stories.contains(story))
            let stance = try #require(theme.stance)
            #expect(theme.theme == "\(story): \(stance)")
        }
        let supports = b.reactions.filter { $0.stance == "supports" && !$0.hedged }
        #expect(supports.flatMap(\.actors).contains("Anne Hidalgo"))
        #expect(supports.allSatisfy { $0.tone == .positive })
        let opposes = try #require(b.reactions.first { $0.stance == "opposes" })
        #expect(opposes.actors == ["Paul Dubois"])
        #expect(opposes.tone == .negative && !opposes.hedged)
    }

    @Test func stancesOfOneStoryStandTogether() {
        let b = AnalysisFixtures.analyze(Self.rescue)
        var seen: [String] = []
        for theme in b.reactions where seen.last != theme.story { seen.append(theme.story ?? "") }
        #expect(seen.count == Set(seen).count, "themes of one story are adjacent")
    }

    @Test func actorsAreParticipantsOfARealKind() {
        let critics = AnalysisFixtures.article("c/1", "Critics", "Critics said the plan was a waste of money and time. Analysts warned it would fail.")
        let b = AnalysisFixtures.analyze(Self.rescue + AnalysisFixtures.diplomacy + [critics])
        #expect(!b.reactions.contains { $0.articles == ["c/1"] })
        let kinds = Dictionary(b.participants.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for theme in b.reactions {
            for actor in theme.actors { #expect(kinds[actor] != nil && kinds[actor] != .other, "\(actor)") }
            for quote in theme.quotes { #expect(quote.text.split(separator: " ").count >= 6) }
        }
    }
}
