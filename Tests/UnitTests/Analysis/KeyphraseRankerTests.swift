import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Key phrases: TF-IDF words and cohesive phrases")
struct KeyphraseRankerTests {
    static let corpus: [Article] = [
        AnalysisFixtures.article("k/1", "Vaccine rollout begins",
            "The government began the vaccine rollout. The vaccine reached clinics on Monday, the government said. "
            + "Nurses gave the vaccine to older patients first. Arms control was not discussed; arms control talks resume later."),
        AnalysisFixtures.article("k/2", "Budget row",
            "The government defended the budget. Critics said the government cut school funding. The budget vote is next week."),
        AnalysisFixtures.article("k/3", "Rail strike",
            "The government met rail unions. A rail strike closed stations, and the government urged talks. Commuters waited."),
    ]

    @Test func rareWordsOutrankWordsEveryArticleUses() throws {
        let b = AnalysisFixtures.analyze(Self.corpus)
        let phrases = try #require(b.articles.first?.keyphrases)
        let vaccine = try #require(phrases.firstIndex(of: "vaccine"))
        // "government" is as frequent in k/1 but in every article: it ranks lower, if at all.
        if let government = phrases.firstIndex(of: "government") { #expect(vaccine < government) }
        #expect(phrases.count <= 10)
    }

    @Test func aCohesivePhraseIsAKeyPhrase() throws {
        let b = AnalysisFixtures.analyze(Self.corpus)
        let phrases = try #require(b.articles.first?.keyphrases)
        #expect(phrases.contains("arms control"))
    }

    @Test func verbFormsAndAdjectivesAreDamped() {
        #expect(KeyphraseRanker.isVerbOrAdjective("trying"))
        #expect(KeyphraseRanker.isVerbOrAdjective("peaceful"))
        #expect(!KeyphraseRanker.isVerbOrAdjective("agreement"))
        #expect(!KeyphraseRanker.isVerbOrAdjective("king"))
    }
}
