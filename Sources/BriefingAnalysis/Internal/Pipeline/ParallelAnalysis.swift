import BriefingModel
import BriefingSupport
import Dispatch

/// Runs the per-article step over all cores and merges the results.
///
/// Why chunks: `concurrentPerform` runs one closure per chunk; each chunk analyses its
/// articles into its own slots of a preallocated buffer and merges them into its own partial
/// aggregate, so no locks are needed and threads never share a write. The partials are merged
/// in chunk order (the merge is associative, so any grouping gives the same answer).
enum ParallelAnalysis {
    /// `progress` hears each article analysed (from the worker threads).
    static func run(_ articles: [Article], progress: @Sendable (Int) -> Void = { _ in })
        -> (analyses: [HeldArticle], aggregate: CorpusAggregate) {
        let (held, aggregate) = mapAndFold(articles.count, CorpusAggregate(), { (i: Int, partial: inout CorpusAggregate) -> HeldArticle in
            let a = ArticleAnalyzer.analyze(articles[i], index: i)
            partial.add(a)
            progress(1)
            return HeldArticle(a)
        }, merge: { $0.merge($1) })
        return (held, aggregate)
    }

    /// Runs `job` on another thread while `body` runs on this one (and spreads over the cores
    /// left); returns `body`'s result once both are done. Why: a serial step (merging names) and
    /// a parallel one that does not need it (ranking key phrases) overlap instead of queueing.
    static func beside<T>(_ job: @escaping @Sendable () -> Void, _ body: () -> T) -> T {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group, execute: job)
        let result = body()
        group.wait()
        return result
    }

    /// Runs independent jobs side by side and returns when all are done.
    static func together(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }

    /// `(0..<count).map(body)` over all cores, results in index order, while each chunk of
    /// indices also folds what `body` gives it into a partial of its own (starting from `empty`);
    /// the partials are merged in chunk order. Why: what the corpus needs of each article is
    /// gathered as the articles are done, never held for all of them.
    static func mapAndFold<T: Sendable, P: Sendable>(_ count: Int, _ empty: P, _ body: @Sendable (Int, inout P) -> T,
                                                     merge: (inout P, P) -> Void) -> ([T], P) {
        guard count > 0 else { return ([], empty) }
        let chunkCount = min(count, max(1, System.activeProcessorCount * 4))
        let chunkSize = (count + chunkCount - 1) / chunkCount
        var slots = [T?](repeating: nil, count: count)
        var partials = [P](repeating: empty, count: chunkCount)
        slots.withUnsafeMutableBufferPointer { slotBuffer in
            partials.withUnsafeMutableBufferPointer { partialBuffer in
                nonisolated(unsafe) let out = slotBuffer
                nonisolated(unsafe) let parts = partialBuffer
                DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                    let lo = c * chunkSize, hi = min(count, lo + chunkSize)
                    guard lo < hi else { return }
                    var partial = empty
                    for i in lo..<hi { out[i] = body(i, &partial) }
                    parts[c] = partial
                }
            }
        }
        // Each partial is let go once merged: a large one (a chunk's topic candidates) is then
        // not held twice, as itself and inside the total.
        var total = empty
        for c in partials.indices {
            merge(&total, partials[c])
            partials[c] = empty
        }
        return (slots.map { $0! }, total)
    }

    /// `(0..<count).map(body)` over all cores, results in index order.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        ParallelMap.map(count: count, body)
    }
}
