/// A box on the page, top-left origin as Cairo draws: the room a chart label takes, so layout
/// code and tests can ask whether two parts of a chart collide.
struct ChartRect: Equatable {
    var left: Double
    var top: Double
    var width: Double
    var height: Double

    var right: Double { left + width }
    var bottom: Double { top + height }

    /// Whether the boxes share any area; boxes that only touch do not overlap.
    func overlaps(_ other: ChartRect) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }
}
