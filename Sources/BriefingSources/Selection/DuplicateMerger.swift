import BriefingModel
import BriefingSupport

/// Merges copies of the same article: exact duplicates (same words, or same URL) and near
/// duplicates (the same wire story republished with small edits).
///
/// Near duplicates are found with MinHash over word 5-shingles and locality-sensitive hashing,
/// so the cost grows with the number of articles, not with the number of pairs: each article gets
/// a 128-value signature (one-permutation hashing, one pass over its shingles), signatures are
/// bucketed by 32 bands of 4 values, and only articles that share a bucket are compared.
/// The surviving article is the first in reading order; it lists the others' ids in `duplicates`.
public struct DuplicateMerger: Sendable {
    /// Estimated Jaccard similarity of shingle sets above which two articles are one.
    public var threshold: Double

    public init(threshold: Double = 0.6) {
        self.threshold = threshold
    }

    public struct Outcome: Sendable {
        public var articles: [Article]
        /// How many articles were merged into others.
        public var merged: Int
    }

    public func merge(_ articles: [Article]) -> Outcome {
        let signatures = ParallelMap.map(articles) { MinHashSignature(text: $0.title + "\n" + $0.body) }
        var groups = UnionFind(articles.count)
        unionExactCopies(articles, signatures, into: &groups)
        unionNearCopies(signatures, into: &groups)

        var members: [Int: [Int]] = [:]
        for index in articles.indices { members[groups.find(index), default: []].append(index) }
        var survivors: [Article] = []
        var merged = 0
        for index in articles.indices {
            guard let group = members[groups.find(index)], group.first == index else { continue }
            var article = articles[index]
            for copy in group.dropFirst() {
                article.duplicates.append(articles[copy].id)
                article.duplicates += articles[copy].duplicates
                if article.date == nil { (article.date, article.time) = (articles[copy].date, articles[copy].time) }
                if article.url == nil { article.url = articles[copy].url }
                if let source = articles[copy].source, source != article.source, !article.alsoPublishedBy.contains(source) {
                    if article.source == nil { article.source = source } else { article.alsoPublishedBy.append(source) }
                }
            }
            merged += group.count - 1
            survivors.append(article)
        }
        return Outcome(articles: survivors, merged: merged)
    }

    /// Same normalised words, or the same URL once scheme, `www.`, tracking query and fragment go.
    func unionExactCopies(_ articles: [Article], _ signatures: [MinHashSignature], into groups: inout UnionFind) {
        var byText: [UInt64: Int] = [:]
        var byURL: [String: Int] = [:]
        for index in articles.indices {
            if signatures[index].wordCount > 0 {
                if let first = byText[signatures[index].textHash] { groups.union(first, index) } else { byText[signatures[index].textHash] = index }
            }
            if let url = articles[index].url.flatMap(CanonicalURL.key) {
                if let first = byURL[url] { groups.union(first, index) } else { byURL[url] = index }
            }
        }
    }

    func unionNearCopies(_ signatures: [MinHashSignature], into groups: inout UnionFind) {
        let bands = MinHashSignature.bands
        var keys: [(key: UInt64, index: Int)] = []
        keys.reserveCapacity(signatures.count)
        for band in 0..<bands {
            keys.removeAll(keepingCapacity: true)
            for (index, signature) in signatures.enumerated() where signature.shingleCount >= 1 {
                keys.append((signature.bandKey(band), index))
            }
            keys.sort { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count, keys[end].key == keys[start].key { end += 1 }
                // Compare each member of the bucket with its first member: linear in the bucket.
                let first = keys[start].index
                for position in (start + 1)..<max(end, start + 1) {
                    let other = keys[position].index
                    if groups.find(first) != groups.find(other),
                       signatures[first].similarity(to: signatures[other]) >= threshold {
                        groups.union(first, other)
                    }
                }
                start = end
            }
        }
    }
}
