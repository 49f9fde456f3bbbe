import Testing
@testable import BriefingAnalysis

/// The published key-phrase list leads with multi-word phrases and still carries strong words.
@Suite("Key phrases: phrases first, then terms")
struct KeyphraseListTests {
    static func candidate(_ words: String, subsumed: Bool = false) -> PhraseCandidate {
        let w = words.split(separator: " ").map(String.init)
        return PhraseCandidate(key: words, words: w, display: words, count: 2, firstSentence: 1, inTitle: false,
                               isName: false, subsumed: subsumed)
    }

    @Test func phrasesLeadWithoutSharingWordsAndWordsFill() {
        let ranked = ["concert", "phish", "watkins glen", "festival", "phish phavors new", "phavors new york",
                      "traffic nightmare", "glen", "ticket", "camping"].map { Self.candidate($0) }
        let out = KeyphraseList.compose(ranked, limit: 6).map(\.key)
        #expect(out.count == 6)
        // Multi-word first, in ranking order, none sharing a word with an earlier one.
        #expect(Array(out.prefix(3)) == ["watkins glen", "phish phavors new", "traffic nightmare"])
        // Then the best remaining terms, single words included.
        #expect(Array(out.suffix(3)) == ["concert", "phish", "festival"])
    }

    @Test func atMostHalfTheListIsPhrasesAndSubsumedOnesNeverLead() {
        let ranked = ["a b", "c d", "e f", "g h", "i j", "x y"].map { Self.candidate($0, subsumed: $0 == "a b") }
            + ["w1", "w2", "w3"].map { Self.candidate($0) }
        let out = KeyphraseList.compose(ranked, limit: 4).map(\.key)
        #expect(out.prefix(2).allSatisfy { $0.contains(" ") })
        #expect(out.first == "c d")
        #expect(out.count == 4)
    }
}
