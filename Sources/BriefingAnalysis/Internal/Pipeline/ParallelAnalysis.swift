import BriefingModel
import BriefingSupport
import Dispatch

/// Runs the per-article step over all cores and merges the results.
///
/// Why chunks: each core takes the next chunk of articles as it comes free, analyses them into
/// their own slots of a preallocated buffer and folds them into the chunk's own partial
/// aggregate, so threads never share a write; the partials are merged in chunk order as they
/// come in (the merge is associative, so the answer is the serial one).
enum ParallelAnalysis {
    /// `progress` hears each article analysed (from the worker threads).
    static func run(_ articles: [Article], progress: @Sendable (Int) -> Void = { _ in })
        -> (analyses: [HeldArticle], aggregate: CorpusAggregate) {
        let (held, aggregate) = mapAndFold(articles.count, CorpusAggregate(), chunkSize: articlesPerChunk, { (i: Int, partial: inout CorpusAggregate) -> HeldArticle in
            let a = ArticleAnalyzer.analyze(articles[i], index: i)
            partial.add(a)
            progress(1)
            return HeldArticle(a)
        }, merge: { $0.merge($1) })
        return (held, aggregate)
    }

    /// Runs `job` on another thread while `body` runs on this one; returns both results once
    /// both are done. `body` is told whether the job has finished, so it can do work that does
    /// not need the job's result only for as long as the job runs.
    ///
    /// Why: a serial step (merging names) and work that does not need it (ranking the first
    /// articles' key phrases) overlap instead of queueing, so both cores stay busy.
    static func beside<J: Sendable, T>(_ job: @escaping @Sendable () -> J,
                                       _ body: (_ jobIsDone: () -> Bool) -> T) -> (J, T) {
        let outcome = JobOutcome<J>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outcome.finish(job()) }
        let result = body { outcome.isDone }
        group.wait()
        return (outcome.value!, result)
    }

    /// Runs independent jobs side by side and returns when all are done. Only for jobs with no
    /// parallel loop of their own (see `together(leading:others:)`).
    static func together(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }

    /// Runs `leading` on this thread while `others` run side by side on other threads; returns
    /// once all are done.
    ///
    /// Why the leading job on this thread: libdispatch runs a parallel loop started inside a
    /// `concurrentPerform` iteration on a single thread (a nested loop's width is the cores
    /// divided by the outer loop's iterations), so a long job with parallel loops of its own,
    /// such as story grouping, had one core while the short jobs beside it finished and left
    /// the other idle. Started on the calling thread its loops are not nested and take every
    /// core; the short jobs fill in around them.
    static func together(leading: () -> Void, others: [@Sendable () -> Void]) {
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { together(others) }
        leading()
        group.wait()
    }

    /// Articles in one chunk of a per-article pass (`mapAndFold`).
    ///
    /// Why this size: chunks are handed to the cores as they come free, so a pass ends at most
    /// one chunk after the first core runs out of work; 64 articles are a few tenths of a second
    /// of work at most, while merging a chunk's partial costs a small share of analysing it.
    static let articlesPerChunk = 64

    /// `(0..<count).map(body)` over all cores, results in index order, while each chunk of
    /// indices also folds what `body` gives it into a partial of its own (starting from `empty`);
    /// the partials are merged in chunk order as they come in (`InOrderMerger`). Why: what the
    /// corpus needs of each article is gathered as the articles are done, never held for all of
    /// them, and the cores are kept busy to the end. `chunkSize` nil cuts a few chunks a core.
    ///
    /// `start` is what the total starts from (`empty` when nil): what was folded before the
    /// pass, merged ahead of every chunk without a merge of its own.
    static func mapAndFold<T: Sendable, P: Sendable>(_ count: Int, _ empty: P, startingWith start: P? = nil,
                                                     chunkSize: Int? = nil,
                                                     _ body: @Sendable (Int, inout P) -> T,
                                                     merge: @escaping @Sendable (inout P, P) -> Void) -> ([T], P) {
        guard count > 0 else { return ([], start ?? empty) }
        let workers = System.activeProcessorCount
        let size = max(1, chunkSize ?? (count + workers * 4 - 1) / (workers * 4))
        let merger = InOrderMerger(start ?? empty, chunks: (count + size - 1) / size, merge: merge)
        // Each result is put in its place in the array returned, every place exactly once (the
        // chunks cover the indices without overlap). Why not optional slots unwrapped at the
        // end: that held a second array of every article's result at once.
        let results = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: min(workers, merger.chunks)) { _ in
                while let c = merger.nextChunk() {
                    var partial = empty
                    for i in (c * size)..<min(count, (c + 1) * size) {
                        (out.baseAddress! + i).initialize(to: body(i, &partial))
                    }
                    merger.add(partial, chunk: c)
                }
            }
            initialized = count
        }
        return (results, merger.result())
    }

    /// `(0..<count).map(body)` over all cores, results in index order.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        ParallelMap.map(count: count, body)
    }
}
