import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Topics: no generic phrases")
struct TopicGroupingTests {
    @Test func genericPhrasesAreNotTopics() {
        #expect(TopicBuilder.isGeneric(["pressing", "issue"]))
        #expect(TopicBuilder.isGeneric(["common", "ground"]))
        #expect(TopicBuilder.isGeneric(["broader", "implication"]))
        #expect(TopicBuilder.isGeneric(["finding", "common", "ground"]))
        #expect(!TopicBuilder.isGeneric(["arms", "control"]))
        #expect(!TopicBuilder.isGeneric(["security", "issue"]))
    }

    @Test func aCorpusFullOfGenericTalkYieldsOnlyRealTopics() {
        let body = "Leaders discussed pressing issues and broader implications. They sought common ground on arms control. "
            + "Arms control remained the focus, and pressing issues and common ground were mentioned again. Broader implications loomed."
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("g/1", "Summit", body),
            AnalysisFixtures.article("g/2", "Summit ends", body),
        ])
        let labels = b.topics.map(\.label)
        #expect(labels.contains("arms control"))
        for generic in ["pressing issues", "common ground", "broader implications"] { #expect(!labels.contains(generic)) }
    }

    /// "oil leak" and "leaking oil" are one subject written two ways: one topic carries both.
    @Test func theSameWordsInAnotherOrderAreOneTopic() {
        let a = "Engineers fought the oil leak all week. The oil leak spread east, and leaking oil reached the marshes. "
            + "Crews said the leaking oil was thick."
        let b = "Leaking oil closed the beaches. Officials said the oil leak would take months to clear, and leaking oil kept coming."
        let briefing = AnalysisFixtures.analyze([
            AnalysisFixtures.article("o/1", "Spill grows", a),
            AnalysisFixtures.article("o/2", "Beaches shut", b),
        ])
        let leak = briefing.topics.filter { $0.terms.contains("oil leak") || $0.terms.contains("leaking oil") }
        #expect(leak.count == 1)
        let terms = Set(leak.first?.terms ?? [])
        #expect(terms.contains("oil leak") && terms.contains("leaking oil"))
    }

    @Test func verbEndingsFoldOnlyForWordOrder() {
        #expect(TopicBuilder.orderFree(["leaking", "oil"]) == TopicBuilder.orderFree(["oil", "leak"]))
        #expect(TopicBuilder.orderFree(["capping", "stack"]) == TopicBuilder.orderFree(["stack", "cap"]))
        #expect(TopicBuilder.orderFree(["spilled", "oil"]) == TopicBuilder.orderFree(["oil", "spill"]))
        #expect(TopicBuilder.orderFree(["oil", "spill"]) != TopicBuilder.orderFree(["oil", "well"]))
        #expect(TopicBuilder.withoutVerbEnding("red") == "red" && TopicBuilder.withoutVerbEnding("king") == "king")
    }
}
