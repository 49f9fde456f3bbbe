import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Stories: uneven sizes")
struct StoryUnevenSizesTests {
    @Test func aLargeStoryASmallOneAndASingletonStayApart() {
        var articles: [Article] = []
        for i in 1...6 {
            articles.append(AnalysisFixtures.article("big/\(i)", "Volcano erupts in Iceland (\(i))",
                "The volcano near Grindavik in Iceland erupted again, sending lava toward Grindavik. "
                + "Iceland evacuated Grindavik as lava flowed; report \(i) said the volcano eruption continued."))
        }
        articles.append(AnalysisFixtures.article("small/1", "Chess champion wins",
            "The chess champion won the Tata Steel tournament in Wijk aan Zee with a round to spare."))
        articles.append(AnalysisFixtures.article("small/2", "Tata Steel chess",
            "At Wijk aan Zee the chess champion secured the Tata Steel title after a long chess game."))
        articles.append(AnalysisFixtures.article("one/1", "Bakery opens", "A bakery opened on the high street selling rye bread."))
        let b = AnalysisFixtures.analyze(articles)
        let groups = Set(b.stories.map { Set($0.articles) })
        #expect(groups.contains(Set((1...6).map { "big/\($0)" })))
        #expect(groups.contains(["small/1", "small/2"]))
        #expect(!b.stories.contains { $0.articles.contains("one/1") && $0.articles.count > 1 })
    }

    /// Two reports that only name the same company are two stories; a shared word besides the
    /// name still links them, and two shared names count in full.
    @Test func aLoneSharedNameIsNoEvent() {
        let clusterer = StoryClusterer()
        let lawsuit: [(String, Double)] = [("@Apple", 0.9), ("engineer", 0.3), ("lawsuit", 0.3)]
        let store: [(String, Double)] = [("@Apple", 0.9), ("store", 0.3), ("tokyo", 0.3)]
        let apart = clusterer.cluster(vectors: [lawsuit, store])
        #expect(apart.count == 2)
        let sameCase: [(String, Double)] = [("@Apple", 0.8), ("court", 0.4), ("lawsuit", 0.45)]
        #expect(clusterer.cluster(vectors: [lawsuit, sameCase]).count == 1)
        let summitA: [(String, Double)] = [("@Geneva", 0.6), ("@Lavrov", 0.6), ("talks", 0.5)]
        let summitB: [(String, Double)] = [("@Geneva", 0.6), ("@Lavrov", 0.6), ("dinner", 0.5)]
        #expect(clusterer.cluster(vectors: [summitA, summitB]).count == 1)
    }

    /// A big group must hold together more tightly than a small one.
    @Test func theBarRisesBeyondACohesiveSize() {
        let c = StoryClusterer()
        #expect(c.bar(forSize: 2) == c.threshold)
        #expect(c.bar(forSize: c.cohesiveSize) == c.threshold)
        #expect(c.bar(forSize: 4 * c.cohesiveSize) == 2 * c.threshold)
    }
}
