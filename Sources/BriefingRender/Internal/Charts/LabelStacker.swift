/// Places marker labels above a time axis so that no two labels overlap, each as near its
/// marker as it can be (the idea of labella.js: labels are boxes that push each other aside
/// along the axis, and a crowded axis gets more layers).
///
/// How: with `n` layers, the labels, in axis order, are dealt to the layers in turn (so
/// neighbours on the axis sit on different layers); in each layer the boxes are spread by
/// least-squares overlap removal: every label wants to be centred on its marker, boxes keep
/// their order and a gap, and all stay within the chart. Blocks of touching boxes are merged and
/// placed at the mean of their members' wishes (pool-adjacent-violators), clamped to the edges.
/// The fewest layers whose rows all fit are used. Row 0 is nearest the axis.
struct LabelStacker {
    struct Placement: Equatable {
        var row: Int
        var left: Double
    }

    let gap: Double

    /// Height of each label row, row 0 (nearest the axis) first: its tallest label plus `gap`.
    static func rowHeights(_ placements: [Placement], heights: [Double], gap: Double) -> [Double] {
        var rows = Array(repeating: 0.0, count: (placements.map(\.row).max() ?? -1) + 1)
        for (p, h) in zip(placements, heights) { rows[p.row] = max(rows[p.row], h + gap) }
        return rows
    }

    func place(widths: [Double], anchors: [Double], from lo: Double, to hi: Double) -> [Placement] {
        let n = widths.count
        guard n > 0 else { return [] }
        let order = (0..<n).sorted { anchors[$0] != anchors[$1] ? anchors[$0] < anchors[$1] : $0 < $1 }
        for layers in 1...n {
            let groups = (0..<layers).map { layer in stride(from: layer, to: n, by: layers).map { order[$0] } }
            let fits = groups.allSatisfy { g in
                g.reduce(0) { $0 + widths[$1] } + gap * Double(max(g.count - 1, 0)) <= hi - lo + 1e-9
            }
            guard fits || layers == n else { continue }
            var result = Array(repeating: Placement(row: 0, left: lo), count: n)
            for (row, group) in groups.enumerated() {
                let lefts = Self.spread(ideal: group.map { anchors[$0] - widths[$0] / 2 },
                                        widths: group.map { widths[$0] }, gap: gap, lo: lo, hi: hi)
                for (k, index) in group.enumerated() { result[index] = Placement(row: row, left: lefts[k]) }
            }
            return result
        }
        return []
    }

    /// Least-squares overlap removal in one row: boxes in order, at least `gap` apart, within
    /// `lo...hi`, each as near its ideal left edge as the others allow.
    static func spread(ideal: [Double], widths: [Double], gap: Double, lo: Double, hi: Double) -> [Double] {
        struct Block { var start: Double; var width: Double; var sum: Double; var count: Int }
        var blocks: [Block] = []
        func clamp(_ v: Double, _ width: Double) -> Double { max(lo, min(v, hi - width)) }
        for i in ideal.indices {
            var current = Block(start: clamp(ideal[i], widths[i]), width: widths[i], sum: ideal[i], count: 1)
            while let previous = blocks.last, previous.start + previous.width + gap > current.start {
                blocks.removeLast()
                let shift = previous.width + gap
                let width = shift + current.width
                let sum = previous.sum + current.sum - Double(current.count) * shift
                let count = previous.count + current.count
                current = Block(start: clamp(sum / Double(count), width), width: width, sum: sum, count: count)
            }
            blocks.append(current)
        }
        var lefts: [Double] = []
        var i = 0
        for block in blocks {
            var left = block.start
            for _ in 0..<block.count {
                lefts.append(left)
                left += widths[i] + gap
                i += 1
            }
        }
        return lefts
    }
}
