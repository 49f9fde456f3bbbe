import Dispatch
import Testing
@testable import BriefingAnalysis

/// Partials of a parallel fold merged in chunk order, whatever order they arrive in.
@Suite("Analysis: in-order merging of parallel partials")
struct InOrderMergerTests {
    @Test func partialsArrivingOutOfOrderAreMergedInChunkOrder() {
        let merger = InOrderMerger([Int](), chunks: 5, merge: { $0 += $1 })
        var handedOut: [Int] = []
        while let c = merger.nextChunk() { handedOut.append(c) }
        #expect(handedOut == [0, 1, 2, 3, 4])
        for c in [3, 1, 0, 4, 2] { merger.add([c * 10, c * 10 + 1], chunk: c) }
        #expect(merger.result() == [0, 1, 10, 11, 20, 21, 30, 31, 40, 41])
    }

    /// An order-sensitive fold (a list) over every core gives the serial answer for any chunk
    /// size, and every element's own result lands in its slot.
    @Test func aParallelFoldIsTheSerialFold() {
        for size in [1, 7, 64, nil] {
            let (mapped, folded) = ParallelAnalysis.mapAndFold(1_000, [Int](), chunkSize: size, { i, partial in
                partial.append(i)
                return i * 2
            }, merge: { $0 += $1 })
            #expect(mapped == (0..<1_000).map { $0 * 2 })
            #expect(folded == Array(0..<1_000))
        }
    }

    /// A job beside: the body sees it running until it has finished, then done, and its result
    /// comes back with the body's.
    @Test func aJobBesideReportsWhenItIsDone() {
        let release = DispatchSemaphore(value: 0)
        let (job, seen) = ParallelAnalysis.beside({ () -> Int in
            release.wait()
            return (1...1_000).reduce(0, +)
        }) { isDone in
            let before = isDone()
            release.signal()
            while !isDone() {}
            return (before, isDone())
        }
        #expect(job == 500_500)
        #expect(seen == (false, true))
    }
}
