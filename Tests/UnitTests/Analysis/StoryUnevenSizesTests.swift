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
}
