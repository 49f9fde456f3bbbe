import Testing
@testable import BriefingAnalysis

/// The heap of candidate merges pops best first, ties by pair, however it was filled.
@Suite("Stories: merge heap")
struct MergeHeapTests {
    static func randomItems(_ count: Int, seed: UInt64) -> [MergeHeap.Item] {
        var random = SplitMix(seed)
        return (0..<count).map { _ in
            let a = random.next(50)
            return .init(score: Double(random.next(8)) / 8, a: a, b: a + 1 + random.next(50), va: 0, vb: random.next(3))
        }
    }

    static func drained(_ heap: inout MergeHeap) -> [MergeHeap.Item] {
        var out: [MergeHeap.Item] = []
        while let x = heap.pop() { out.append(x) }
        return out
    }

    static func keys(_ items: [MergeHeap.Item]) -> [[Double]] {
        items.map { [$0.score, Double($0.a), Double($0.b)] }
    }

    @Test func pushedItemsPopInOrder() {
        let items = Self.randomItems(500, seed: 1)
        var heap = MergeHeap()
        for x in items { heap.push(x) }
        #expect(heap.count == items.count)
        let popped = Self.drained(&heap)
        #expect(Self.keys(popped) == Self.keys(items.sorted(by: MergeHeap.above)))
        #expect(heap.count == 0)
    }

    /// Items arranged all at once pop as pushed ones do, and pushes after arranging still fit in.
    /// (First candidates are of unmerged groups: their versions are 0.)
    @Test func arrangedItemsPopInOrder() {
        let items = Self.randomItems(500, seed: 2).map { MergeHeap.Item(score: $0.score, a: $0.a, b: $0.b, va: 0, vb: 0) }
        let later = Self.randomItems(100, seed: 3)
        var heap = MergeHeap()
        heap.reserve(items.count)
        for x in items { heap.appendUnarranged(x) }
        heap.arrange()
        for x in later { heap.push(x) }
        let popped = Self.drained(&heap)
        #expect(Self.keys(popped) == Self.keys((items + later).sorted(by: MergeHeap.above)))
    }
}
