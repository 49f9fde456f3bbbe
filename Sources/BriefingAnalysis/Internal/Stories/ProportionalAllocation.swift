/// Shares a number of seats (summary sentences) among parties (stories) in proportion to their
/// weights, by the largest-remainder (Hamilton) method.
///
/// Why this method: it is the plain reading of "in proportion": every party gets the whole part
/// of its quota, and the seats left go to the largest fractions, so no story is over- or
/// under-served by more than one sentence. Ties go to the earlier (heavier) party, so the
/// result is deterministic.
enum ProportionalAllocation {
    /// - Parameters:
    ///   - weights: one per party, non-negative, heaviest first.
    ///   - seats: how many to share.
    ///   - minimum: seats every party gets first (when `minimum * weights.count <= seats`).
    static func allocate(_ weights: [Double], seats: Int, minimum: Int = 0) -> [Int] {
        guard !weights.isEmpty, seats > 0 else { return [Int](repeating: 0, count: weights.count) }
        let floor = minimum * weights.count <= seats ? minimum : 0
        var alloc = [Int](repeating: floor, count: weights.count)
        let free = seats - floor * weights.count
        let sum = weights.reduce(0, +)
        guard free > 0, sum > 0 else { return alloc }
        let quotas = weights.map { $0 / sum * Double(free) }
        for i in alloc.indices { alloc[i] += Int(quotas[i].rounded(.down)) }
        var left = free - quotas.reduce(0) { $0 + Int($1.rounded(.down)) }
        let order = alloc.indices.sorted { a, b in
            let (ra, rb) = (quotas[a] - quotas[a].rounded(.down), quotas[b] - quotas[b].rounded(.down))
            return ra != rb ? ra > rb : a < b
        }
        for i in order where left > 0 { alloc[i] += 1; left -= 1 }
        return alloc
    }
}
