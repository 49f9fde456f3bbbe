/// Disjoint sets over 0..<n, with path halving and union by size.
/// Why: duplicate copies, name aliases, topics and stories all join items transitively.
public struct UnionFind: Sendable {
    private var parent: [Int]
    private var size: [Int]

    public init(_ n: Int) {
        parent = Array(0..<n)
        size = [Int](repeating: 1, count: n)
    }

    /// The representative of the set holding `x`.
    public mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets; the smaller index stays root on ties so results do not depend on order.
    public mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        if ra == rb { return }
        if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
