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

    static func candidate(_ words: String, count: Int, inBody: Bool = true, noun: Bool = true,
                          subsumed: Bool = false) -> PhraseCandidate {
        let w = words.split(separator: " ").map(String.init)
        return PhraseCandidate(key: words, words: w, display: words, count: count, firstSentence: 1, inTitle: false,
                               isName: false, subsumed: subsumed, inBody: inBody, isNounPhrase: noun)
    }

    static let words = ["india", "call", "deficit", "account", "trade", "talk", "bilateral", "phish", "phavor"]
        .map { candidate($0, count: 3) }

    @Test func onlyWellFormedPhrasesAreRanked() {
        let phrases = [
            Self.candidate("india call", count: 3, noun: false),          // subject + verb
            Self.candidate("phish phavor", count: 1, inBody: false),      // seen only in the headline
            Self.candidate("talk bilateral", count: 3),                   // ends in an adjective
            Self.candidate("trade talk", count: 3),
        ]
        let out = KeyphraseRanker.rank(Self.words + phrases, documentFrequency: [:], documents: 5, limit: 60).map(\.key)
        #expect(out.contains("trade talk"))
        for bad in ["india call", "phish phavor", "talk bilateral"] { #expect(!out.contains(bad)) }
        // A headline-only article has nothing else: its headline phrases stand.
        let headline = ["phish", "phavor"].map { Self.candidate($0, count: 1, inBody: false) }
            + [Self.candidate("phish phavor", count: 1, inBody: false)]
        #expect(KeyphraseRanker.rank(headline, documentFrequency: [:], documents: 5, limit: 10).map(\.key).contains("phish phavor"))
    }

    @Test func aTruncatedPhraseIsShownWhole() {
        let phrases = [
            Self.candidate("account deficit", count: 3, subsumed: true),
            Self.candidate("current account deficit", count: 3),
            Self.candidate("current account", count: 3, subsumed: true),
        ]
        let out = KeyphraseRanker.rank(Self.words + phrases, documentFrequency: [:], documents: 5, limit: 60).map(\.key)
        #expect(out.contains("current account deficit"))
        #expect(!out.contains("account deficit"))
        #expect(out.filter { $0 == "current account deficit" }.count == 1)
    }
}
