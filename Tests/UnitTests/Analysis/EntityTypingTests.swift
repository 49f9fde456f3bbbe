import Testing
import BriefingModel
@testable import BriefingAnalysis

/// The article analysis types names the local rules leave open with the name tagger's confident
/// evidence: organisation cues, generated given names, gazetteers -- and never a person from a
/// bare "X said".
@Suite("Analysis: entity typing from the tagger")
struct EntityTypingTests {
    let briefing = AnalysisFixtures.analyze([
        AnalysisFixtures.article("t/1", "Oil firm in trouble",
                                 """
                                 Shares in Vantorex fell sharply on Monday after the tax ruling.
                                 Vantorex said it would appeal, and Vantorex shares later recovered.
                                 Coach Dunmore Kettering praised his side after the match in Gloucester.
                                 """),
        AnalysisFixtures.article("t/2", "Appeal",
                                 "Vantorex said the appeal would be heard in May. Kettering said little."),
    ])

    @Test func organisationCuesTypeAnUnknownCompany() throws {
        let firm = try #require(AnalysisFixtures.participants(briefing, named: "Vantorex").first)
        #expect(firm.kind == .organization)
    }

    @Test func aTitleOrAGivenNameMakesAPersonAndASurnameFollows() throws {
        let coach = try #require(AnalysisFixtures.participants(briefing, named: "Dunmore Kettering").first)
        #expect(coach.kind == .person)
        #expect(coach.aliases.contains("Kettering"))
    }

    @Test func aGeneratedGazetteerCityIsAPlace() throws {
        let city = try #require(AnalysisFixtures.participants(briefing, named: "Gloucester").first)
        #expect(city.kind == .place)
    }

    @Test func theTaggerHintsOnlyUntypedMentions() {
        let sentences = SentenceSplitter.split(title: "T", body: "Vantorex shares rose. Vantorex said so.")
        var mentions = EntityRecognizer(lowerSeen: ["shares": 1, "rose": 1, "said": 1, "so": 1]).recognize(sentences).mentions
        #expect(mentions.contains { $0.surface == "Vantorex" && $0.hint == .organization })
        // Hints already set by the sentence are kept.
        mentions = mentions.map { var m = $0; m.hint = .place; return m }
        EntityRecognizer.addTaggerHints(EntityRecognizer.nameSpans(sentences), sentences, to: &mentions)
        #expect(mentions.allSatisfy { $0.hint == .place })
    }
}
