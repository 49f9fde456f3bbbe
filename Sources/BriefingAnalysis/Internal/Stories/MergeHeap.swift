/// A binary max-heap of candidate merges for average linkage; ties broken by the pair's
/// indices so that the same corpus always merges in the same order.
struct MergeHeap {
    struct Item {
        var score: Double
        var a: Int
        var b: Int
        /// The versions of `a` and `b` when the item was pushed: a later merge makes it stale.
        var va: Int
        var vb: Int
    }

    private var items: [Item] = []

    static func above(_ x: Item, _ y: Item) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }

    mutating func push(_ x: Item) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard Self.above(items[i], items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> Item? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        guard !items.isEmpty else { return top }
        items[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, Self.above(items[l], items[m]) { m = l }
            if r < items.count, Self.above(items[r], items[m]) { m = r }
            if m == i { return top }
            items.swapAt(i, m)
            i = m
        }
    }
}
