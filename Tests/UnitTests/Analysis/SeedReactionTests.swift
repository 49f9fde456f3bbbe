import Testing
import Foundation
import BriefingModel
import BriefingAnalysis

/// The seed articles: what Lavrov, Blinken and Rubio are reported to have said or done is
/// attributed to them, under a story of the briefing.
@Suite("Reactions: the seed articles")
struct SeedReactionTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: SeedBriefingAnalysisTests.seedsURL.path)))
    func lavrovBlinkenAndRubioAreAttributed() throws {
        let b = AnalysisFixtures.analyze(try SeedBriefingAnalysisTests.seeds())
        let stories = Set(b.stories.map(\.title))
        for name in ["Lavrov", "Blinken", "Rubio"] {
            let person = try #require(b.participants.first { $0.name.hasSuffix(name) })
            let themes = b.reactions.filter { $0.actors.contains(person.name) }
            #expect(!themes.isEmpty, "\(name) has no reaction")
            #expect(themes.allSatisfy { $0.story.map(stories.contains) == true })
            // The quote that carries it names the person (or is in a theme where they are the only actor).
            #expect(themes.contains { t in t.quotes.contains { $0.text.contains(name) } || t.actors == [person.name] })
        }
    }
}
