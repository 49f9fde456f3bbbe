/// Sets a splittable flowable (a long list) in side-by-side columns: filled top to bottom, left
/// to right, balanced on the last page so the columns end level.
///
/// Why: a list of short lines (the numbered sources of a large briefing) uses half the text width
/// and runs to dozens of pages; two columns halve that, as in a printed index. The content is cut
/// with its own `split`, so its rules (no lone first or last item) hold in each column.
final class Columns: Flowable {
    /// The content not yet cut into columns (nil for a part that holds fixed pieces).
    let content: (any Flowable)?
    /// Fixed pieces, one per column: a part the content was split into for one page.
    private(set) var pieces: [any Flowable]
    let count: Int
    let gap: Double
    private var columnWidth = 0.0
    private var height = 0.0

    var spaceBefore: Double { content?.spaceBefore ?? pieces.first?.spaceBefore ?? 0 }
    var spaceAfter: Double { content?.spaceAfter ?? pieces.last?.spaceAfter ?? 0 }

    init(_ content: any Flowable, count: Int, gap: Double) {
        self.content = content
        self.pieces = []
        self.count = max(count, 1)
        self.gap = gap
    }

    private init(pieces: [any Flowable], count: Int, gap: Double) {
        self.content = nil
        self.pieces = pieces
        self.count = count
        self.gap = gap
    }

    func wrap(availableWidth: Double) -> Double {
        columnWidth = max((availableWidth - gap * Double(count - 1)) / Double(count), 1)
        guard let content else {
            height = pieces.map { $0.wrap(availableWidth: columnWidth) }.max() ?? 0
            return height
        }
        let total = content.wrap(availableWidth: columnWidth)
        // Balance: the lowest column height, in small steps from an even share, that holds the
        // whole content in `count` columns.
        let step = 4.0
        var target = total / Double(count)
        while target < total {
            if let cut = cut(content, into: count, height: target) {
                pieces = cut
                height = cut.map { $0.wrap(availableWidth: columnWidth) }.max() ?? 0
                return height
            }
            target += step
        }
        pieces = [content]
        height = total
        return height
    }

    /// The content cut into at most `columns` pieces no taller than `height`, or nil.
    private func cut(_ content: any Flowable, into columns: Int, height: Double) -> [any Flowable]? {
        var out: [any Flowable] = []
        var rest = content
        while true {
            if rest.wrap(availableWidth: columnWidth) <= height + 0.01 { return out + [rest] }
            guard out.count < columns - 1, let parts = rest.split(availableHeight: height) else { return nil }
            _ = parts.head.wrap(availableWidth: columnWidth)
            out.append(parts.head)
            rest = parts.tail
        }
    }

    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? {
        guard let content else { return nil }
        var filled: [any Flowable] = []
        var rest: any Flowable = content
        for _ in 0..<count {
            if rest.wrap(availableWidth: columnWidth) <= availableHeight + 0.01 {
                // The rest ends in this column: nothing is left for the next page. (The balanced
                // height, found in small steps, came out just taller than the space.)
                guard !filled.isEmpty else { return nil }
                return (Columns(pieces: filled + [rest], count: count, gap: gap), Spacer(height: 0))
            }
            guard let parts = rest.split(availableHeight: availableHeight) else { break }
            _ = parts.head.wrap(availableWidth: columnWidth)
            filled.append(parts.head)
            rest = parts.tail
        }
        guard !filled.isEmpty else { return nil }
        return (Columns(pieces: filled, count: count, gap: gap), Columns(rest, count: count, gap: gap))
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        for (index, piece) in pieces.enumerated() {
            piece.draw(on: canvas, x: x + Double(index) * (columnWidth + gap), y: y)
        }
    }
}
