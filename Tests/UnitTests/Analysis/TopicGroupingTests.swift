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
}
