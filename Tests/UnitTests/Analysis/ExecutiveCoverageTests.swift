import Testing
import BriefingModel
@testable import BriefingAnalysis

/// The executive summary covers every story, in proportion to its size, and says so.
@Suite("Executive summary: every story, in proportion")
struct ExecutiveCoverageTests {
    @Test func allocationIsProportionalWithAFloorWhenThereIsRoom() {
        #expect(ProportionalAllocation.allocate([6, 3, 1], seats: 10) == [6, 3, 1])
        #expect(ProportionalAllocation.allocate([8, 1, 1], seats: 5, minimum: 1) == [3, 1, 1])
        // More parties than seats: no floor, the heaviest get the seats.
        let many = ProportionalAllocation.allocate([10, 5] + [Double](repeating: 1, count: 20), seats: 5, minimum: 1)
        #expect(many.reduce(0, +) == 5)
        #expect(many[0] >= many[1] && many[1] >= many[2])
        #expect(many.suffix(18).allSatisfy { $0 == 0 })
    }

    /// Twelve stories (more than the summary has sentences): a large one gets several
    /// sentences, and the small ones that get none are named in a closing line citing them.
    @Test func manySmallStoriesAreGatheredInACitedClosingLine() {
        let topics = ["glacier", "orchard", "lighthouse", "vineyard", "observatory", "monastery",
                      "shipyard", "aquarium", "quarry", "windmill", "brewery"]
        var stories: [StoryClusterer.Cluster] = [StoryClusterer.Cluster(members: Array(0..<8))]
        var summaries: [[String]] = (0..<8).map { i in
            ["The harbour bridge \(["closed", "reopened", "cracked", "shook", "swayed", "flooded", "rusted", "glowed"][i]) after the storm on day \(i).",
             "Engineers inspected cable number \(i) of the harbour bridge with drones."]
        }
        for (k, topic) in topics.enumerated() {
            stories.append(StoryClusterer.Cluster(members: [8 + k]))
            summaries.append(["The old \(topic) in the valley reported a record season."])
        }
        let ids = (0..<summaries.count).map { "a\($0)" }
        let titles = ["Harbour bridge storm"] + topics.map { "News from the \($0)" }
        let out = ExecutiveSummarizer.summarize(stories: stories, summaries: summaries, articleIDs: ids, titles: titles)
        let cited = Set(out.flatMap(\.articles))
        // Every story is cited somewhere.
        for s in stories { #expect(s.members.contains { cited.contains(ids[$0]) }) }
        // The big story has more sentences of its own than any small one.
        let bridge = out.filter { $0.articles.allSatisfy { Int($0.dropFirst())! < 8 } }.count
        #expect(bridge >= 2)
        // The closing line names what had no sentence and cites all of it.
        let closing = out.last!
        #expect(closing.text.hasPrefix("Also reported:"))
        let unsaid = stories.dropFirst().filter { s in !out.dropLast().contains { $0.articles.contains(ids[s.members[0]]) } }
        #expect(!unsaid.isEmpty)
        for s in unsaid { #expect(closing.articles.contains(ids[s.members[0]])) }
        #expect(closing.text.contains("more stor") || unsaid.count <= ExecutiveSummarizer.namedInClosingLine)
    }

    @Test func fewStoriesEachGetASentenceAndNoClosingLine() {
        let stories = [StoryClusterer.Cluster(members: [0, 1]), StoryClusterer.Cluster(members: [2])]
        let summaries = [["The river flooded the lower town overnight."], ["Flood water reached the lower town market."],
                         ["The chess club elected a new president on Monday."]]
        let out = ExecutiveSummarizer.summarize(stories: stories, summaries: summaries, articleIDs: ["r1", "r2", "c1"],
                                                titles: ["Flood", "Chess"])
        #expect(out.contains { $0.articles.contains("c1") })
        #expect(out.contains { $0.articles.contains("r1") || $0.articles.contains("r2") })
        #expect(!out.contains { $0.text.hasPrefix("Also reported") })
    }

    /// A sentence that leans on the one before it ("The council also...") is ranked below one
    /// that stands on its own, even when its article ranked it first.
    @Test func selfContainedSentencesComeBeforeOnesThatLeanOnContext() {
        let summaries = [["The council also approved the budget on Monday.",
                          "The city council approved a budget of 40 million euros for new schools."]]
        let out = ExecutiveSummarizer.summarize(stories: [StoryClusterer.Cluster(members: [0])], summaries: summaries,
                                                articleIDs: ["a0"], titles: ["Budget"])
        #expect(out.first?.text == "The city council approved a budget of 40 million euros for new schools.")
        #expect(StandAlone.leansOnContext("In conclusion, the talks mattered."))
        #expect(StandAlone.leansOnContext("It was the first visit since 2019."))
        #expect(!StandAlone.leansOnContext("Ministers met in Vienna on Monday."))
    }
}
