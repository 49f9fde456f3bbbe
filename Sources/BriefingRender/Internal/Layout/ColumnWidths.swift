/// Shares a table's width among its columns: in proportion to their weights, except that no
/// column gets less than its minimum (its longest word), the others giving way in proportion.
enum ColumnWidths {
    /// Widths adding up to `total`. When even the minimums do not fit, they shrink together.
    static func share(_ total: Double, weights: [Double], minimums: [Double]) -> [Double] {
        let count = weights.count
        guard count > 0 else { return [] }
        let floors = (0..<count).map { $0 < minimums.count ? max(minimums[$0], 0) : 0 }
        let floorSum = floors.reduce(0, +)
        if floorSum >= total {
            return floors.map { floorSum > 0 ? total * $0 / floorSum : total / Double(count) }
        }
        var fixed = [Bool](repeating: false, count: count)
        var widths = [Double](repeating: 0, count: count)
        // Each round fixes at least one more column at its minimum, or ends.
        while true {
            let free = (0..<count).filter { !fixed[$0] }
            let room = total - (0..<count).filter { fixed[$0] }.reduce(0) { $0 + floors[$1] }
            let weightSum = free.reduce(0) { $0 + max(weights[$1], 0) }
            var changed = false
            for index in free {
                let share = weightSum > 0 ? room * max(weights[index], 0) / weightSum : room / Double(free.count)
                widths[index] = share
                if share < floors[index] { fixed[index] = true; changed = true }
            }
            if !changed { break }
        }
        for index in 0..<count where fixed[index] { widths[index] = floors[index] }
        return widths
    }
}
