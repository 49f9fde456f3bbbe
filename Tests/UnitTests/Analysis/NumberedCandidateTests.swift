import Foundation
import Testing
import BriefingModel
import BriefingSources
@testable import BriefingAnalysis

/// Candidates are counted and ranked by number (`ArticleCandidates`, `PhraseKey`,
/// `CandidateOrder`), their strings built only for the kept ones; on real articles this must
/// give exactly what building every candidate's strings and ranking them by string tables gave
/// (`KeyphraseStringModel`).
@Suite("Key phrases: numbered candidates agree with the string model")
struct NumberedCandidateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let politics = root.deletingLastPathComponent().appendingPathComponent("shared/data/bbc/articles/politics").path

    /// The seed articles, and BBC politics articles when `../shared/data` is beside the checkout.
    static let articles: [Article] = {
        var paths = [root.appendingPathComponent("seeds").path]
        if FileManager.default.fileExists(atPath: politics) { paths.append(politics) }
        return paths.flatMap { (try? CorpusReader().read([$0]).articles) ?? [] }
    }()

    /// Document frequencies of the articles' stems, as the first pass merges them.
    static let documentFrequency: [String: Int] = {
        var df: [String: Int] = [:]
        for a in articles { for s in ArticleAnalyzer.words(of: a).stems.keys { df[s, default: 0] += 1 } }
        return df
    }()

    @Test func theArticlesAreRead() {
        #expect(Self.articles.count >= 5)
    }

    @Test func candidatesAreTheStringModels() {
        for a in Self.articles {
            let w = ArticleAnalyzer.words(of: a)
            let model = KeyphraseStringModel.candidates(w.sentences, table: w.table)
            let numbered = KeyphraseExtractor.candidates(w.sentences, table: w.table)
            #expect(numbered.phrases == model, "\(a.id)")
            let number = Dictionary(uniqueKeysWithValues: numbered.stems.enumerated().map { ($1, $0) })
            for (i, p) in model.enumerated() {
                #expect(numbered.key(i) == p.key && numbered.words(i) == p.words)
                #expect(numbered.candidate(PhraseKey.pack(p.words.map { number[$0]! })) == i)
            }
        }
    }

    @Test func rankingsAreTheStringModels() {
        let df = Self.documentFrequency, n = Self.articles.count
        for a in Self.articles {
            let w = ArticleAnalyzer.words(of: a)
            let model = KeyphraseStringModel.candidates(w.sentences, table: w.table)
            let t = ArticleAnalyzer.terms(of: a)
            let stems = t.statistics(documentFrequency: df)
            for limit in [1, 10, 40, 60, 1000] {
                let topics = KeyphraseExtractor.rank(t.candidates, stems: stems, documents: n, limit: limit)
                #expect(topics.map { t.candidates.phrase($0) } == KeyphraseStringModel.topicRank(
                    model, documentFrequency: df, documents: n, termCounts: w.stems, limit: limit), "\(a.id) \(limit)")
                let keyphrases = KeyphraseRanker.rank(t.candidates, stems: stems, documents: n, limit: limit)
                #expect(keyphrases.map { t.candidates.phrase($0) } == KeyphraseStringModel.keyphraseRank(
                    model, documentFrequency: df, documents: n, limit: limit), "\(a.id) \(limit)")
            }
            // The published list, written out once chosen, is the list of the model's ranking.
            let ranked = KeyphraseRanker.rank(t.candidates, stems: stems, documents: n, limit: 60)
            let listed = KeyphraseList.positions(ranked.map { t.candidates.phrase($0, display: false) }, limit: 10)
            let modelList = KeyphraseList.compose(KeyphraseStringModel.keyphraseRank(
                model, documentFrequency: df, documents: n, limit: 60), limit: 10)
            #expect(listed.map { t.candidates.display(ranked[$0]) } == modelList.map(\.display), "\(a.id)")
            // A candidate left out of the topic pool unwritten is one the pool would refuse.
            for (i, p) in model.enumerated() where TopicBuilder.mayPool(p) { #expect(t.candidates.items[i].mayPool) }
            let clusterer = StoryClusterer()
            let weights = clusterer.stemWeights(stems: t.candidates.stems, statistics: stems, documents: n)
            let model2 = KeyphraseStringModel.stemWeights(clusterer, stems: w.stems, stemDF: df, documents: n)
            #expect(weights.map(\.0) == model2.map(\.0) && weights.map(\.1) == model2.map(\.1), "\(a.id)")
        }
    }

    @Test func theStringInterfaceRanksAsTheModel() {
        let df = Self.documentFrequency, n = Self.articles.count
        for a in Self.articles.prefix(40) {
            let w = ArticleAnalyzer.words(of: a)
            let model = KeyphraseStringModel.candidates(w.sentences, table: w.table)
            #expect(KeyphraseRanker.rank(model, documentFrequency: df, documents: n, limit: 60)
                    == KeyphraseStringModel.keyphraseRank(model, documentFrequency: df, documents: n, limit: 60))
            #expect(KeyphraseExtractor.rank(model, documentFrequency: df, documents: n, termCounts: w.stems, limit: 40)
                    == KeyphraseStringModel.topicRank(model, documentFrequency: df, documents: n, termCounts: w.stems, limit: 40))
        }
    }

    @Test func aKeyPacksItsNumbersAndItsStretches() {
        var random = SplitMix(20)
        for _ in 0..<2000 {
            let numbers = (0..<(1 + random.next(3))).map { _ in random.next(random.next(2) == 0 ? 5 : 2_000_000) }
            let key = PhraseKey.pack(numbers)
            #expect(PhraseKey.count(key) == numbers.count && PhraseKey.numbers(key) == numbers)
            for a in numbers.indices {
                for len in 1...(numbers.count - a) {
                    #expect(PhraseKey.stretch(key, a, len, of: numbers.count) == PhraseKey.pack(numbers[a..<(a + len)]))
                }
            }
        }
    }

    /// Sorting every entry by score and key and keeping the first `limit` distinct: the model
    /// of `CandidateOrder.best`.
    static func fullSort(_ scored: [(index: Int32, score: Double)], limit: Int, key: (Int) -> String) -> [Int] {
        var seen = Set<Int32>()
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : key(Int($0.index)) < key(Int($1.index)) }
            .filter { seen.insert($0.index).inserted }.prefix(limit).map { Int($0.index) }
    }

    @Test func theOrderIsThatOfAFullSortWithManyTies() {
        var random = SplitMix(7)
        let keys = (0..<50).map { i in String(repeating: "ab", count: 1 + (i * 7) % 5) + " \(i % 13)" + (i % 3 == 0 ? " x" : "") }
        for _ in 0..<500 {
            let scored = (0..<random.next(80)).map { _ in (index: Int32(random.next(50)), score: Double(random.next(6))) }
            for limit in [0, 1, 3, 10, 100] {
                #expect(CandidateOrder.best(scored, limit: limit, key: { keys[$0] })
                        == Self.fullSort(scored, limit: limit, key: { keys[$0] }))
            }
        }
    }

    @Test func theKthLargestIsThatOfASort() {
        var random = SplitMix(11)
        for _ in 0..<1000 {
            let values = (0..<(1 + random.next(60))).map { _ in Double(random.next(random.next(2) == 0 ? 4 : 1000)) }
            let sorted = values.sorted(by: >)
            for k in 1...values.count {
                var v = values
                #expect(TopSelection.kthLargest(&v, k) == sorted[k - 1])
            }
            #expect(TopSelection.bar(values, keeping: values.count) == -.infinity)
            #expect(TopSelection.bar(values, keeping: 0) == .infinity)
        }
    }

    @Test func theCueProbeTurnsAwayNoCueWord() {
        for w in KeyphraseExtractor.cueBits.keys { #expect(KeyphraseExtractor.cueWords.mayContain(w), "\(w)") }
        #expect(!KeyphraseExtractor.cueWords.mayContain("treaty"))
    }
}
