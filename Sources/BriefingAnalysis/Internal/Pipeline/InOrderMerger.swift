import Synchronization

/// The chunks of a parallel fold, handed out in order, and their partials merged into the total
/// strictly in chunk order as they come in.
///
/// Why: a chunk's partial (a part of the corpus aggregate; a chunk's topic candidates and story
/// vectors) is merged as soon as every earlier chunk's is, by the worker that finds it ready,
/// while the other workers go on. So partials never pile up for the whole corpus, no barrier
/// between blocks leaves a core idle, and the total is exactly the serial left fold: merges that
/// need article order (`TopicPool.merge`, story-vector numbering) get it.
///
/// Safety: `total` is touched only by the one worker holding the `merging` flag, which is taken
/// and given back under the lock; the lock orders one merger's writes before the next one's.
final class InOrderMerger<P: Sendable>: @unchecked Sendable {
    private struct State {
        var next = 0
        var ready: [Int: P] = [:]
        var merged = 0
        var merging = false
    }

    let chunks: Int
    private let state = Mutex(State())
    private var total: P
    private let merge: @Sendable (inout P, P) -> Void

    init(_ empty: P, chunks: Int, merge: @escaping @Sendable (inout P, P) -> Void) {
        self.chunks = chunks
        self.total = empty
        self.merge = merge
    }

    /// The next chunk to work on, lowest first; nil once all are handed out.
    func nextChunk() -> Int? {
        state.withLock { s in
            guard s.next < chunks else { return nil }
            s.next += 1
            return s.next - 1
        }
    }

    /// Hands in chunk `index`'s partial, then merges every partial whose turn has come, unless
    /// another worker is already merging (it will find this one).
    func add(_ partial: P, chunk index: Int) {
        let merges = state.withLock { s in
            s.ready[index] = partial
            guard !s.merging else { return false }
            s.merging = true
            return true
        }
        guard merges else { return }
        while true {
            let due = state.withLock { s in
                var due: [P] = []
                while let p = s.ready.removeValue(forKey: s.merged) {
                    due.append(p)
                    s.merged += 1
                }
                if due.isEmpty { s.merging = false }
                return due
            }
            if due.isEmpty { return }
            for p in due { merge(&total, p) }
        }
    }

    /// The total, once every chunk has been handed in.
    func result() -> P {
        state.withLock { s in precondition(s.merged == chunks && !s.merging, "result before every chunk was merged") }
        return total
    }
}
