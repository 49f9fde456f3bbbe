/// Flowables that go on the same page (a subsection title with its first lines, a chart with
/// its caption). When the group is taller than a whole page it falls apart into its parts.
final class KeepTogether: Flowable {
    let children: [any Flowable]
    private var heights: [Double] = []

    init(_ children: [any Flowable]) { self.children = children }

    var spaceBefore: Double { children.first?.spaceBefore ?? 0 }
    var spaceAfter: Double { children.last?.spaceAfter ?? 0 }
    var keepWithNext: Bool { children.last?.keepWithNext ?? false }

    func wrap(availableWidth: Double) -> Double {
        heights = children.map { $0.wrap(availableWidth: availableWidth) }
        var total = 0.0
        for (index, child) in children.enumerated() {
            if index > 0 { total += max(children[index - 1].spaceAfter, child.spaceBefore) }
            total += heights[index]
        }
        return total
    }

    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }

    func unpacked() -> [any Flowable]? { children }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        var cursor = y
        for (index, child) in children.enumerated() {
            if index > 0 { cursor += max(children[index - 1].spaceAfter, child.spaceBefore) }
            child.draw(on: canvas, x: x, y: cursor)
            cursor += heights[index]
        }
    }
}
