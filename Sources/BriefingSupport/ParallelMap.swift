import Dispatch
import Foundation

/// `map` over all cores, keeping order. Each element is processed by a pure function, so the
/// result is the same as a serial map, only sooner.
///
/// Work is cut into chunks rather than one task per element: one `concurrentPerform` iteration
/// per chunk keeps dispatch overhead negligible for cheap elements. Each chunk writes only its
/// own slots, so no locks are needed.
public enum ParallelMap {
    /// Chunks per core. Why this many: `concurrentPerform` hands iterations to the cores as they
    /// come free, so a core runs out of work at most one chunk before the others; with 4 chunks
    /// a core, one slow chunk (long files, the largest story) left a core idle for up to an
    /// eighth of the run on two cores. A few dozen iterations a core still cost nothing.
    static let chunksPerCore = 32

    /// `(0..<count).map(body)`, in parallel.
    public static func map<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(body) }
        let chunkCount = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount * chunksPerCore))
        let chunkSize = (count + chunkCount - 1) / chunkCount
        var slots = [Result?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let low = chunk * chunkSize, high = min(count, low + chunkSize)
                guard low < high else { return }
                for index in low..<high { out[index] = body(index) }
            }
        }
        return slots.map { $0! }
    }

    /// `elements.map(transform)`, in parallel.
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        map(count: elements.count) { transform(elements[$0]) }
    }
}
