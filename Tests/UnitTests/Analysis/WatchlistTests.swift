import Testing
import BriefingModel
import BriefingSources
import BriefingAnalysis

@Suite("Watchlist: --topics FILE")
struct WatchlistTests {
    @Test func bothSpellingsAreRead() throws {
        let list = try WatchlistReader.parse("""
        [[topic]]
        label = "arms control"
        terms = ["New START", "non-proliferation"]

        [topics]
        "climate" = ["emissions", "carbon tax"]
        "fisheries" = "fishing quotas"
        """)
        #expect(list.contains(WatchedTopic(label: "arms control", terms: ["New START", "non-proliferation"])))
        #expect(list.contains(WatchedTopic(label: "climate", terms: ["emissions", "carbon tax"])))
        #expect(list.contains(WatchedTopic(label: "fisheries", terms: ["fishing quotas"])))
    }

    @Test func malformedListsAreErrorsNotEmptyLists() {
        #expect(throws: WatchlistReader.Problem.self) { try WatchlistReader.parse("[[topic]]\nterms = [\"x\"]\n") }
        #expect(throws: WatchlistReader.Problem.self) { try WatchlistReader.parse("colour = \"red\"\n") }
        #expect(throws: WatchlistReader.Problem.self) { try WatchlistReader.parse("[topics\n") }
        #expect(throws: WatchlistReader.Problem.self) { try WatchlistReader.parse("[topics]\n\"a\" = [1, 2]\n") }
    }

    @Test func watchedTopicsAreCountedAndShownEvenAtZero() throws {
        var analyzer = BriefingAnalyzer()
        analyzer.watchlist = [WatchedTopic(label: "arms control", terms: ["New START"]),
                              WatchedTopic(label: "fishing quotas", terms: [])]
        let b = analyzer.briefing(for: [
            AnalysisFixtures.article("w/1", "Treaty talks", "Arms control was discussed. New START expires soon. Arms control treaties matter."),
            AnalysisFixtures.article("w/2", "More talks", "Delegates talked about arms control for hours."),
            AnalysisFixtures.article("w/3", "Weather", "It rained all day in the capital."),
        ], title: "T", generated: AnalysisFixtures.today)
        let arms = try #require(b.topics.first { $0.label == "arms control" })
        #expect(arms.watched)
        #expect(arms.articles == ["w/1", "w/2"])
        // Two "arms control" (one inside "arms control treaties"), one "New START", one in w/2.
        #expect(arms.mentions == 4)
        let fish = try #require(b.topics.first { $0.label == "fishing quotas" })
        #expect(fish.watched && fish.mentions == 0 && fish.articles.isEmpty)
        // Watched topics come first and are not repeated as ordinary topics.
        #expect(b.topics.prefix(2).allSatisfy { $0.watched })
        #expect(b.topics.filter { $0.terms.contains("arms control") }.count == 1)
    }
}
