import Testing
@testable import BriefingAnalysis

/// The flat store of numbered story vectors against the plain model it replaces: a list of
/// (feature, weight) pairs per article.
@Suite("Stories: feature vectors")
struct FeatureVectorsTests {
    static func randomVectors(_ n: Int, seed: UInt64) -> [[(Int, Double)]] {
        var random = SplitMix(seed)
        return (0..<n).map { _ in
            Set((0..<random.next(7)).map { _ in random.next(30) }).sorted().map { ($0, Double(1 + random.next(99)) / 100) }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func holdsWhatTheListsHold(seed: UInt64) {
        let lists = Self.randomVectors(80, seed: seed)
        let vectors = FeatureVectors(lists)
        #expect(vectors.count == lists.count)
        #expect(vectors.pairCount == lists.reduce(0) { $0 + $1.count })
        #expect(vectors.lists.map { $0.map(\.0) } == lists.map { $0.map(\.0) })
        #expect(vectors.lists.map { $0.map(\.1) } == lists.map { $0.map(\.1) })
        for (i, v) in lists.enumerated() {
            #expect(vectors.places(of: i).map { vectors.feature(at: $0) } == v.map(\.0))
        }
        #expect(lists.contains { $0.isEmpty })
    }

    /// Room made ahead changes nothing held, and an untouched value holds nothing.
    @Test func roomMadeAheadHoldsTheSame() {
        let lists = Self.randomVectors(40, seed: 9)
        var reserved = FeatureVectors(articles: lists.count, pairsPerArticle: 7)
        #expect(reserved.count == 0)
        for v in lists { reserved.append(v) }
        #expect(reserved.lists.map { $0.map(\.0) } == lists.map { $0.map(\.0) })
        #expect(reserved.lists.map { $0.map(\.1) } == lists.map { $0.map(\.1) })
    }
}
