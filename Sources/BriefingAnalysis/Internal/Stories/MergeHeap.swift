/// A binary max-heap of candidate merges for average linkage; ties broken by the pair's
/// indices so that the same corpus always merges in the same order.
///
/// Why the first candidates apart, as a sorted run: they are all known at once and are most of
/// what is ever queued (every pair above the threshold); sorted once, each is then taken from
/// the run's end in constant time instead of sifting through a heap of millions. Later pushes go
/// to the heap, and a pop takes the better of the two tops, so the order is the same.
struct MergeHeap {
    struct Item {
        var score: Double
        var a: Int
        var b: Int
        /// The versions of `a` and `b` when the item was pushed: a later merge makes it stale.
        var va: Int
        var vb: Int
    }

    /// An item as stored: article numbers and versions in 32 bits. Why: the heap holds every
    /// pair above the bar plus the stale ones a merge leaves behind, the largest structure of
    /// story grouping; numbers of articles and merges fit in 32 bits.
    private struct Stored {
        var score: Double
        var a: Int32
        var b: Int32
        var va: Int32
        var vb: Int32

        init(_ x: Item) {
            (score, a, b, va, vb) = (x.score, Int32(x.a), Int32(x.b), Int32(x.va), Int32(x.vb))
        }

        var item: Item { Item(score: score, a: Int(a), b: Int(b), va: Int(va), vb: Int(vb)) }
    }

    /// A first candidate as stored: no versions, for a first candidate's are both 0. Why: the
    /// run is millions of pairs at 100,000 articles, held while grouping starts, where memory
    /// peaks; 16 bytes a pair instead of 24.
    private struct First {
        var score: Double
        var a: Int32
        var b: Int32

        var item: Item { Item(score: score, a: Int(a), b: Int(b), va: 0, vb: 0) }
    }

    private var items: [Stored] = []
    /// The first candidates, best last (`appendUnarranged`, `arrange`).
    private var run: [First] = []

    /// Room for `count` first candidates, so that they fit without doubling; and as much for
    /// later pushes. Why the pushes' room at once: the heap then never copies itself to grow
    /// while the run is at its largest (old and new arrays held together), and the room is only
    /// reserved: its pages are taken from the system as pushes first write them.
    mutating func reserve(_ count: Int) {
        run.reserveCapacity(count)
        items.reserveCapacity(count)
    }

    /// Adds a first candidate without ordering it (its versions are 0); `arrange()` must follow
    /// before the next pop. Which item pops when is fixed by the order alone (score, then pair),
    /// not by how the items came in.
    mutating func appendUnarranged(_ x: Item) {
        precondition(x.va == 0 && x.vb == 0, "a first candidate's groups are unmerged")
        run.append(First(score: x.score, a: Int32(x.a), b: Int32(x.b)))
    }

    /// Orders the first candidates, best last.
    mutating func arrange() {
        run.sort { x, y in y.score != x.score ? y.score > x.score : (y.a, y.b) < (x.a, x.b) }
    }

    var count: Int { items.count + run.count }

    static func above(_ x: Item, _ y: Item) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }

    private static func above(_ x: Stored, _ y: Stored) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }

    private static func above(_ x: First, _ y: Stored) -> Bool {
        x.score != y.score ? x.score > y.score : (x.a, x.b) < (y.a, y.b)
    }

    mutating func push(_ x: Item) {
        items.append(Stored(x))
        var i = items.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            guard Self.above(items[i], items[p]) else { break }
            items.swapAt(i, p)
            i = p
        }
    }

    mutating func pop() -> Item? {
        if let best = run.last, items.isEmpty || Self.above(best, items[0]) {
            return run.removeLast().item
        }
        guard !items.isEmpty else { return nil }
        let top = items[0].item
        let last = items.removeLast()
        guard !items.isEmpty else { return top }
        items[0] = last
        siftDown(0)
        return top
    }

    /// Moves the item at `start` down until neither child is above it.
    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, Self.above(items[l], items[m]) { m = l }
            if r < items.count, Self.above(items[r], items[m]) { m = r }
            if m == i { return }
            items.swapAt(i, m)
            i = m
        }
    }
}
