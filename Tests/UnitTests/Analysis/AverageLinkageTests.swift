import Testing
@testable import BriefingAnalysis

/// Average linkage against its definition worked out the slow way: while some two groups' mean
/// cross-pair similarity reaches the bar for their joint size, the two with the highest mean
/// (ties by lower numbers) merge, the lower-numbered one keeping its number.
@Suite("Stories: average linkage")
struct AverageLinkageTests {
    /// Similarities are multiples of 1/64, so every sum is exact whatever order it is added in.
    @Test(arguments: [UInt64(3), 17, 29])
    func groupsAreTheDefinitions(seed: UInt64) {
        let n = 70
        let edges = GroupNeighboursTests.randomEdges(n, pairs: 260, seed: seed)
        var settings = StoryGraphSettings()
        settings.threshold = 0.3
        settings.cohesiveSize = 3
        let linkage = AverageLinkage(settings: settings)
        let groups = linkage.groups(SimilarityGraph(edges: edges))
        let expected = Self.slowGroups(edges, linkage)
        #expect(groups == expected)
        #expect(groups.contains { $0.count > 2 })
        #expect(groups.contains { $0.count == 1 })
    }

    static func slowGroups(_ edges: [[(other: Int, similarity: Double)]], _ linkage: AverageLinkage) -> [[Int]] {
        let n = edges.count
        var similarity = [[Double]](repeating: Array(repeating: 0, count: n), count: n)
        for (i, e) in edges.enumerated() { for (j, s) in e { similarity[i][j] = s } }
        var members: [[Int]?] = (0..<n).map { [$0] }
        while true {
            var best: (mean: Double, a: Int, c: Int)?
            for a in 0..<n {
                guard let ma = members[a] else { continue }
                for c in (a + 1)..<max(a + 1, n) {
                    guard let mc = members[c] else { continue }
                    let sum = ma.reduce(0.0) { t, x in mc.reduce(t) { $0 + similarity[x][$1] } }
                    let mean = sum / Double(ma.count * mc.count)
                    guard mean > 0, mean >= linkage.bar(forSize: ma.count + mc.count) else { continue }
                    if best == nil || mean > best!.mean { best = (mean, a, c) }
                }
            }
            guard let (_, a, c) = best else { break }
            members[a]! += members[c]!
            members[c] = nil
        }
        return members.compactMap { $0 }
    }
}
