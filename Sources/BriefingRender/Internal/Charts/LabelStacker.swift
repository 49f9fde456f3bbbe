/// Places marker labels in rows above an axis so that no label overlaps another label or
/// another marker's leader line (greedy: each label, left to right, takes the lowest row
/// that is free). Row 0 is nearest the axis.
struct LabelStacker {
    struct Span {
        var left: Double
        var right: Double
        /// Where the label's leader line runs down to the axis.
        var anchor: Double
    }

    let gap: Double

    func rows(for spans: [Span]) -> [Int] {
        var placed: [(span: Span, row: Int)] = []
        var result = Array(repeating: 0, count: spans.count)
        let order = spans.indices.sorted { spans[$0].left < spans[$1].left }
        for index in order {
            let span = spans[index]
            // A row above every placed label is always free of labels; the leader constraints
            // are dropped when no row satisfies them (the anchor lies under a lower label).
            let top = (placed.map(\.row).max() ?? -1) + 1
            let row = (0...top).first { isFree(row: $0, span: span, placed: placed, leaders: true) }
                ?? (0...top).first { isFree(row: $0, span: span, placed: placed, leaders: false) }
                ?? top
            placed.append((span, row))
            result[index] = row
        }
        return result
    }

    private func isFree(row: Int, span: Span, placed: [(span: Span, row: Int)], leaders: Bool) -> Bool {
        for other in placed {
            let o = other.span
            if other.row == row, span.left < o.right + gap, o.left < span.right + gap { return false }
            guard leaders else { continue }
            // Our leader runs down through lower rows: it must miss their labels.
            if other.row < row, span.anchor >= o.left - gap, span.anchor <= o.right + gap { return false }
            // Leaders of higher labels run through our row: we must not cover them.
            if other.row > row, o.anchor >= span.left - gap, o.anchor <= span.right + gap { return false }
        }
        return true
    }
}
