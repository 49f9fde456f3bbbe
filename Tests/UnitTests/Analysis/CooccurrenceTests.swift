import Testing
import BriefingModel
@testable import BriefingAnalysis

/// Who appears with whom, and roles with the sources that state them.
@Suite("Analysis: co-occurrence and role sources")
struct CooccurrenceTests {
    let briefing = AnalysisFixtures.analyze(AnalysisFixtures.diplomacy + [
        AnalysisFixtures.article("a/4", "Rubio abroad",
                                 "Secretary of State Marco Rubio met Sergey Lavrov in Malaysia. Rubio and Lavrov spoke again later."),
    ])

    @Test func pairsNamedInOneSentenceAreCountedWithTheirArticles() throws {
        let pair = try #require(briefing.cooccurrences.first { [$0.a, $0.b].contains("Marco Rubio") && $0.b.hasSuffix("Lavrov") || $0.a.hasSuffix("Lavrov") && $0.b == "Marco Rubio" })
        // a/3: "the Rubio-Lavrov exchange"; a/4: two sentences.
        #expect(pair.count == 3)
        #expect(pair.articles == ["a/3", "a/4"])
        #expect(pair.a < pair.b)
        // Most frequent first.
        let counts = briefing.cooccurrences.map(\.count)
        #expect(counts == counts.sorted(by: >))
    }

    @Test func pairsMeetingOnlyOnceAreLeftOut() {
        #expect(briefing.cooccurrences.allSatisfy { $0.count >= 2 })
    }

    @Test func disagreeingRolesAreShownWithTheirSources() throws {
        let rubio = try #require(AnalysisFixtures.participants(briefing, named: "Marco Rubio").first)
        let byRole = Dictionary(uniqueKeysWithValues: rubio.roleSources.map { ($0.role, $0.articles) })
        #expect(byRole["Senator"] == ["a/3"])
        #expect(byRole["Secretary of State"] == ["a/4"])
        #expect(rubio.roles.contains("Senator"))
    }

    @Test func rolesDifferingOnlyByNationalityAreOneRole() throws {
        let lavrov = try #require(briefing.participants.first { $0.name.hasSuffix("Lavrov") })
        #expect(RoleSourceBuilder.key("Russia's Foreign Minister") == RoleSourceBuilder.key("Russian Foreign Minister"))
        #expect(lavrov.roleSources.count == 1)
        #expect(lavrov.roleSources.first?.articles == ["a/1"])
    }

    @Test func theJSONCarriesPairsAndRoleSources() throws {
        let json = String(decoding: try briefing.jsonData(), as: UTF8.self)
        #expect(json.contains("\"cooccurrences\""))
        #expect(json.contains("\"roleSources\""))
        let back = try Briefing.decode(json: try briefing.jsonData())
        #expect(back.cooccurrences == briefing.cooccurrences)
    }
}
