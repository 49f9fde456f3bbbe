import Dispatch
import Foundation
import Synchronization
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

    /// Jobs side by side with a leading one: every job runs, the leading one on the calling
    /// thread, and a parallel loop inside it takes more than one thread. (Inside an iteration
    /// of `concurrentPerform`, libdispatch ran such a loop on one thread.) Each iteration waits
    /// a little for a second thread to join, so one thread cannot take every chunk first.
    @Test func aParallelLoopInTheLeadingJobIsNotConfinedToOneThread() {
        guard System.activeProcessorCount >= 2 else { return }
        let threads = Mutex(Set<String>())
        let ran = Mutex(0)
        let caller = "\(Thread.current)"
        var leadingThread = ""
        ParallelAnalysis.together(leading: {
            leadingThread = "\(Thread.current)"
            _ = ParallelAnalysis.map(64) { i -> Int in
                threads.withLock { _ = $0.insert("\(Thread.current)") }
                let giveUp = Date().addingTimeInterval(2)
                while threads.withLock({ $0.count }) < 2 && Date() < giveUp { usleep(1_000) }
                return i
            }
        }, others: [{ ran.withLock { $0 += 1 } }, { ran.withLock { $0 += 1 } }])
        #expect(leadingThread == caller)
        #expect(ran.withLock { $0 } == 2)
        #expect(threads.withLock { $0.count } >= 2)
    }
}
