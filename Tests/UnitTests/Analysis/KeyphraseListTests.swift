import Testing
@testable import BriefingAnalysis

/// The published key-phrase list leads with multi-word phrases and still carries strong words.
@Suite("Key phrases: phrases first, then terms")
struct KeyphraseListTests {
    static func candidate(_ words: String, subsumed: Bool = false, count: Int = 2, isName: Bool = false) -> PhraseCandidate {
        let w = words.split(separator: " ").map(String.init)
        return PhraseCandidate(key: words, words: w, display: words, count: count, firstSentence: 1, inTitle: false,
                               isName: isName, subsumed: subsumed)
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

    @Test func aListedNameHidesItsPartsUnlessNothingElseFills() {
        let name = Self.candidate("marco rubio", isName: true)
        let ranked = [Self.candidate("rubio", isName: true), name, Self.candidate("marco", isName: true),
                      Self.candidate("malaysia", isName: true), Self.candidate("talks"), Self.candidate("trade")]
        let out = KeyphraseList.compose(ranked, limit: 4).map(\.key)
        #expect(out == ["marco rubio", "malaysia", "talks", "trade"])
        // Too few other terms: the parts come back, after everything else.
        let short = KeyphraseList.compose([Self.candidate("rubio", isName: true), name, Self.candidate("talks")], limit: 4)
        #expect(short.map(\.key) == ["marco rubio", "talks", "rubio"])
        // A common word shared with a phrase that is no name stays listed.
        let plain = KeyphraseList.compose([Self.candidate("trade talks"), Self.candidate("talks")], limit: 4)
        #expect(plain.map(\.key) == ["trade talks", "talks"])
    }

    @Test func aThreeWordPhraseSeenOnceDoesNotLead() {
        let ranked = [Self.candidate("father shooting lasers", count: 1), Self.candidate("cyclops character"),
                      Self.candidate("actor")]
        #expect(KeyphraseList.compose(ranked, limit: 4).first?.key == "cyclops character")
        let repeated = [Self.candidate("father shooting lasers", count: 2)] + ranked.dropFirst()
        #expect(KeyphraseList.compose(repeated, limit: 4).first?.key == "father shooting lasers")
    }
}
