import Testing
import BriefingModel
@testable import BriefingAnalysis

/// The similarity graph under story grouping: bounded work on common features, time proximity.
@Suite("Stories: similarity graph")
struct StoryGraphTests {
    /// Two reports sharing a little detail (and two names, so the lone-name rule does not apply).
    let first: [(String, Double)] = [("@Geneva", 0.2), ("@Lavrov", 0.2), ("ceasefire", 0.2), ("talks", 0.9)]
    let second: [(String, Double)] = [("@Geneva", 0.2), ("@Lavrov", 0.2), ("ceasefire", 0.2), ("dinner", 0.9)]

    @Test func reportsDaysApartAreOneStory() {
        let days = [Day.ordinalOf(2025, 3, 10), Day.ordinalOf(2025, 3, 14)]
        #expect(StoryClusterer().cluster(vectors: [first, second], days: days).count == 1)
    }

    /// The same similarity half a year apart is two episodes of a subject, not one event.
    @Test func reportsMonthsApartAreTwoStories() {
        let days = [Day.ordinalOf(2025, 3, 10), Day.ordinalOf(2025, 9, 14)]
        #expect(StoryClusterer().cluster(vectors: [first, second], days: days).count == 2)
        #expect(StoryClusterer().cluster(vectors: [first, second], days: [days[0], nil]).count == 1)
    }

    /// One rare word in common is a coincidence of vocabulary; two are the start of an event.
    @Test func aSingleSharedFeatureIsNoPair() {
        let a: [(String, Double)] = [("propofol", 0.7), ("concert", 0.7)]
        let b: [(String, Double)] = [("propofol", 0.7), ("anaesthetist", 0.7)]
        let c: [(String, Double)] = [("propofol", 0.6), ("concert", 0.6), ("cardiff", 0.5)]
        #expect(StoryClusterer().cluster(vectors: [a, b]).count == 2)
        #expect(StoryClusterer().cluster(vectors: [a, c]).count == 1)
    }

    @Test func theTimeFactorKeepsTheWindowWhole() {
        #expect(SimilarityGraph.timeFactor(100, 120, window: 30) == 1)
        #expect(SimilarityGraph.timeFactor(100, 160, window: 30) == 0.5)
        #expect(SimilarityGraph.timeFactor(nil, 500, window: 30) == 1)
    }

    /// A feature every article shares pairs each article with its neighbours in publication
    /// order only: the graph's size grows with the corpus, not with its square.
    @Test func aCommonFeatureMeetsOnlyNeighbours() {
        let settings = StoryGraphSettings()
        let n = 6 * settings.blockSize
        let documents = (0..<n).map { i in [(0, 0.5), (1, 0.5), (2 + i, 0.7)] }
        let isName = Array(repeating: false, count: n + 2)
        let days: [Int?] = (0..<n).map { $0 / 4 }
        let graph = SimilarityGraph(documents: FeatureVectors(documents), isName: isName, days: days, settings: settings)
        let degrees = graph.edges.map(\.count)
        #expect(degrees.max()! <= 2 * settings.blockSize)
        #expect(degrees.min()! >= settings.blockSize)
        // Pairs are neighbours in time: none spans more than the block's days.
        for (i, e) in graph.edges.enumerated() {
            for pair in e { #expect(abs(days[i]! - days[pair.other]!) <= settings.blockSize / 4 + 1) }
        }
    }

    /// The graph, found on every core, is the one its definition gives article by article: each
    /// article's strongest pairs to later ones, a lone shared name taken off, in article order.
    @Test func theGraphIsItsDefinition() {
        var settings = StoryGraphSettings()
        settings.blockSize = 10_000
        settings.neighbours = 4
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let n = 300, vocabulary = 40
        let isName = (0..<vocabulary).map { $0 < 5 }
        let documents: [[(Int, Double)]] = (0..<n).map { _ in
            Set((0..<6).map { _ in next(vocabulary) }).sorted().map { ($0, Double(1 + next(9)) / 10) }
        }
        let graph = SimilarityGraph(documents: FeatureVectors(documents), isName: isName, days: Array(repeating: nil, count: n),
                                    settings: settings)
        var expected = [[(other: Int, similarity: Double)]](repeating: [], count: n)
        for i in 0..<n {
            var pairs: [(Int, Double)] = []
            for j in (i + 1)..<max(i + 1, n) {
                var sum = 0.0, shared = 0, names = 0, topName = 0.0
                for (f, wi) in documents[i] {
                    guard let wj = documents[j].first(where: { $0.0 == f })?.1 else { continue }
                    shared += 1
                    sum += wi * wj
                    if isName[f] { names += 1; topName = max(topName, wi * wj) }
                }
                let s = names == 1 ? sum - topName : sum
                if s > 0 && shared >= settings.minimumShared && s > settings.floor { pairs.append((j, s)) }
            }
            pairs.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for (j, s) in pairs.prefix(settings.neighbours) {
                expected[i].append((j, s))
                expected[j].append((i, s))
            }
        }
        #expect(graph.edges.map { $0.map(\.other) } == expected.map { $0.map(\.other) })
        #expect(graph.edges.map { $0.map(\.similarity) } == expected.map { $0.map(\.similarity) })
        #expect(graph.edges.contains { !$0.isEmpty })
    }

    /// A story's members ranked by their summed similarity to the other members, each sum added
    /// in the order of the graph's two-way lists (`edges`), as the model does it.
    @Test(arguments: [UInt64(3), 17])
    func centralityIsTheTwoWaySum(seed: UInt64) {
        let n = 50
        var random = SplitMix(seed)
        var edges = [[(other: Int, similarity: Double)]](repeating: [], count: n)
        for i in 0..<n {
            // Later pairs strongest first, as the graph keeps them; sums of thirds are inexact.
            let others = Set((0..<random.next(6)).map { _ in i + 1 + random.next(n) }).filter { $0 < n }.sorted()
            var later: [(Int, Double)] = others.map { ($0, Double(1 + random.next(20)) / 3) }
            later.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            for (j, s) in later { edges[i].append((j, s)); edges[j].append((i, s)) }
        }
        let graph = SimilarityGraph(edges: edges)
        #expect(graph.edges.map { $0.map(\.other) } == edges.map { $0.map(\.other) })
        for _ in 0..<20 {
            let picks: [Int] = (0..<(2 + random.next(30))).map { _ in random.next(n) }
            let members: [Int] = Set(picks).sorted(by: >)
            let inGroup = Set(members)
            var scored: [(Int, Double)] = []
            for x in members {
                var total = 0.0
                for e in edges[x] where inGroup.contains(e.other) { total += e.similarity }
                scored.append((x, total))
            }
            scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            #expect(StoryClusterer.centralFirst(members, graph) == scored.map(\.0))
        }
    }

    /// However dense the corpus, an article keeps at most `neighbours` pairs to later articles.
    @Test func eachArticleKeepsItsStrongestPairs() {
        var settings = StoryGraphSettings()
        settings.blockSize = 1_000
        settings.neighbours = 5
        let n = 40
        let documents = (0..<n).map { i in [(0, 0.5), (1, 0.5), (2 + i, 0.7)] }
        let graph = SimilarityGraph(documents: FeatureVectors(documents), isName: Array(repeating: false, count: n + 2),
                                    days: Array(repeating: nil, count: n), settings: settings)
        #expect(graph.edges.reduce(0) { $0 + $1.count } <= 2 * settings.neighbours * n)
        #expect(graph.edges[0].count == settings.neighbours)
    }
}

private extension Day {
    static func ordinalOf(_ y: Int, _ m: Int, _ d: Int) -> Int { Day(year: y, month: m, day: d)!.ordinal }
}
