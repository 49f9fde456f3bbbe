@testable import BriefingAnalysis
import BriefingModel
import Testing

/// The watched terms are looked up by their word runs, so a long list costs no more per phrase.
@Suite struct WatchedTermIndexTests {
    @Test func aPhraseContainingATermAnywhereIsWatched() {
        let index = WatchedTermIndex([WatchedTopic(label: "climate", terms: ["carbon tax"])], key: { $0.lowercased() })
        #expect(index.containsTerm(["new", "carbon", "tax", "plan"]))
        #expect(index.containsTerm(["climate"]))
        #expect(!index.containsTerm(["carbon", "new", "tax"]))
        #expect(!WatchedTermIndex([], key: { $0 }).containsTerm(["anything"]))
    }

    @Test func aTermInsideALongerOneIsCountedOnce() {
        let index = WatchedTermIndex([WatchedTopic(label: "tax", terms: ["carbon tax"])], key: { $0 })
        func phrase(_ key: String, _ count: Int) -> PhraseCandidate {
            PhraseCandidate(key: key, words: key.split(separator: " ").map(String.init), display: key, count: count,
                            firstSentence: 1, inTitle: false, isName: false, subsumed: false, inBody: true)
        }
        #expect(index.mentions(in: [phrase("carbon tax", 2), phrase("tax", 2)]) == [0: 2])
        #expect(index.mentions(in: [phrase("tax", 3)]) == [0: 3])
        #expect(index.mentions(in: [phrase("budget", 3)]).isEmpty)
    }
}
