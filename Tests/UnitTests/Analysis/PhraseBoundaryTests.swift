import Foundation
import Testing
import BriefingModel
import BriefingSources
@testable import BriefingAnalysis

@Suite("Topics: phrases cut from longer expressions are no topics")
struct PhraseBoundaryTests {
    static func company(_ form: String, _ bodies: [String]) -> PhraseBoundary.Company {
        var c = PhraseBoundary.Company()
        let words = form.split(separator: " ").map(String.init)
        for body in bodies {
            PhraseBoundary.count([words], in: Tokenizer.tokenize(body).map { $0.kind == .punct ? "" : $0.lower }, into: &c)
        }
        return c
    }

    @Test func aPhraseAlwaysBeforeTheSameWordIsACut() {
        let bodies = ["It is the worst oil spill in US history.", "The worst oil spill ever recorded.",
                      "Experts call it the worst oil spill yet.", "The worst oil disaster, some say."]
        #expect(Self.company("worst oil", bodies).isFragment)
        #expect(!Self.company("oil spill", bodies).isFragment)
    }

    @Test func anInfinitiveAndAPredicateAdjectiveAreCuts() {
        let licence = ["He lost his licence to practice medicine.", "Allowed to practice medicine in Texas.",
                       "He may no longer be able to practice medicine, the board said."]
        #expect(Self.company("practice medicine", licence).isFragment)
        let forces = ["Forces loyal to the colonel attacked.", "Rebels fought forces loyal to him.",
                      "Tanks of forces loyal to the regime, the forces loyal to Gaddafi."]
        #expect(Self.company("forces loyal", forces).isFragment)
        let rank = ["The world number one lost.", "She is world number two.", "A former world number one."]
        #expect(Self.company("world number", rank).isFragment)
    }

    @Test func aTermInVariedCompanyOrFollowedByAPrepositionStands() {
        let bodies = ["A lethal dose of propofol killed him.", "It was a lethal dose of the drug.",
                      "The lethal dose of sedatives, experts said.", "A lethal dose.", "Too few uses say nothing."]
        #expect(!Self.company("lethal dose", bodies).isFragment)
        #expect(!Self.company("sedatives experts", bodies).isFragment)   // one use: no evidence
    }

    /// On the Timeline17 dev topics (when `../shared/data` is beside the checkout) the topics are
    /// subjects: none is a cut by its own company in the coverage, and the commonest subject of a
    /// topic about an oil spill is among them.
    @Test(.enabled(if: !TimelineDevSetTests.topics.isEmpty))
    func devTopicsAreUnits() throws {
        for topic in TimelineDevSetTests.topics {
            let articles = try CorpusReader().read(["\(TimelineDevSetTests.folder)/\(topic)/articles.jsonl"]).articles
            let b = AnalysisFixtures.analyze(articles)
            #expect(b.topics.count >= 8, "\(topic): \(b.topics.map(\.label))")
            for t in b.topics {
                let c = Self.company(t.label.lowercased(), articles.filter { t.articles.contains($0.id) }.map(\.body))
                #expect(!c.isFragment, "\(topic): '\(t.label)' is cut from a longer expression")
            }
            if topic.hasPrefix("bpoil") { #expect(b.topics.map(\.label).contains("oil spill")) }
        }
    }
}
