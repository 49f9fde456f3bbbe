/// Where each part of the timeline chart sits in the rectangle it is drawn into, worked out in
/// one place so drawing and the tests (nothing overlaps, a month covers its days) see the same.
extension TimelineChart {
    struct Geometry {
        /// The top of the article bars, where the day leaders bend towards their labels.
        var barsTop: Double
        /// The time axis line, which the day markers sit on.
        var axisY: Double
        /// Each event's marker x, in `events` order.
        var markers: [Double]
        /// Each event's label, in `events` order.
        var dayLabels: [ChartRect]
        /// Each month's bracket and label, in `months` order.
        var months: [MonthMark]
    }

    /// A month as drawn: a bracket under the axis from the left edge of its first day on the axis
    /// to the right edge of its last, and its label below it.
    typealias MonthMark = BracketMark

    func geometry(x: Double, y: Double, width: Double) -> Geometry {
        let (placements, layouts) = placement(width: width)
        let heights = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap)
        let labelsTop = y + captionHeight
        let labelsBottom = labelsTop + heights.reduce(0, +)
        let barsTop = labelsBottom + (events.isEmpty ? 0 : bendHeight)
        let axisY = barsTop + barsHeight
        let dayLabels = zip(placements, layouts).map { p, layout -> ChartRect in
            // Row r sits above rows 0..<r.
            let bottom = labelsBottom - heights[..<p.row].reduce(0, +)
            let top = bottom - heights[p.row] + rowGap / 2
            return ChartRect(left: x + p.left, top: top, width: layout.size.width, height: layout.size.height)
        }
        return Geometry(barsTop: barsTop, axisY: axisY,
                        markers: events.map { xPosition($0.day, x: x, width: width) },
                        dayLabels: dayLabels, months: monthMarks(x: x, width: width, bandTop: axisY + axisLabelHeight))
    }
}
