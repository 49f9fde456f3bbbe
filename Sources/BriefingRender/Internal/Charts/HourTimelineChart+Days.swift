import BriefingModel

/// Key days on the hour axis: each a bracket under the axis's labels across the hours of its day
/// that the axis shows, labelled below ("5 Dec (whole day): …"), the labels kept apart by
/// `LabelStacker`; and where every part of the chart sits, in one place for drawing and tests.
///
/// Why brackets: the analysis dates events to the day. On an hour axis a marker would have to
/// sit at some hour, and any hour would be made up; a bracket across the day claims only the
/// day. Where the axis starts after midnight or ends before the next, the bracket is drawn open
/// on that side: the day goes on past the axis.
extension HourTimelineChart {
    struct Geometry {
        /// The top of the article bars.
        var barsTop: Double
        /// The hour axis line.
        var axisY: Double
        /// Each hour's bar, in time order.
        var bars: [(centre: Double, count: Int)]
        /// Each tick's x and label, and the label's box (nil if it had to be left out).
        var ticks: [(x: Double, label: String)]
        var tickLabels: [ChartRect?]
        /// Each key day's bracket and label, in `keyDays` order.
        var days: [BracketMark]
    }

    /// The end ticks' height; the brackets lie this far below the axis's labels.
    var bracketDepth: Double { 4 }
    /// Between the brackets and the first row of labels, where their leaders bend.
    var dayBendHeight: Double { 8 }

    /// "5 Dec (whole day): Officials said…".
    static func labelText(_ keyDay: KeyDay, limit: Int) -> String {
        TimelineChart.labelText(when: DayFormat.short(keyDay.day) + " (whole day)", keyDay.label, limit: limit)
    }

    /// The hours of `day` on the axis, from its midnight (or the axis's start) to the next
    /// midnight (or the axis's end), pulled in a little so two days in a row stay apart.
    func extent(of day: Day, axis: HourAxis, x: Double, width: Double) -> (left: Double, right: Double)? {
        let dayStart = (day.ordinal - hours.firstDay.ordinal) * 24
        let from = max(dayStart, axis.start), to = min(dayStart + 24, axis.end)
        guard from < to else { return nil }
        return (xPosition(hour: Double(from), axis: axis, x: x, width: width) + 1,
                xPosition(hour: Double(to), axis: axis, x: x, width: width) - 1)
    }

    /// The key days the axis shows part of.
    func shownDays(width: Double) -> [KeyDay] {
        let axis = axis(width: width)
        return keyDays.filter { extent(of: $0.day, axis: axis, x: 0, width: width) != nil }
    }

    func dayPlacement(width: Double) -> (placements: [LabelStacker.Placement], layouts: [TextLayout]) {
        if let dayLabelCache, dayLabelCache.width == width { return (dayLabelCache.placements, dayLabelCache.layouts) }
        let axis = axis(width: width)
        let shown = shownDays(width: width)
        let layouts = shown.map { keyDay in
            let layout = text.layout(font: small)
            layout.setText(Self.labelText(keyDay, limit: maxLabelCharacters))
            let wrap = min(labelWidth, width - gutter)
            if layout.size.width > wrap { layout.setWidth(wrap) }
            return layout
        }
        let anchors = shown.map { keyDay -> Double in
            let extent = extent(of: keyDay.day, axis: axis, x: 0, width: width)!
            return (extent.left + extent.right) / 2
        }
        let placements = LabelStacker(gap: 6).place(widths: layouts.map(\.size.width), anchors: anchors,
                                                    from: gutter, to: width)
        dayLabelCache = (width, placements, layouts)
        return (placements, layouts)
    }

    /// The band under the axis's labels: nothing at all without key days.
    func dayBandHeight(width: Double) -> Double {
        let (placements, layouts) = dayPlacement(width: width)
        guard !placements.isEmpty else { return 0 }
        let rows = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap)
        return bracketDepth + dayBendHeight + rows.reduce(0, +)
    }

    func geometry(x: Double, y: Double, width: Double) -> Geometry {
        let axis = axis(width: width)
        let barsTop = y + captionHeight
        let axisY = barsTop + barsHeight
        let ticks = tickMarks(axis, x: x, width: width)
        let (placements, layouts) = dayPlacement(width: width)
        let heights = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap)
        let lineY = axisY + axisLabelHeight + bracketDepth
        let labelsTop = lineY + dayBendHeight
        let shown = shownDays(width: width)
        let days = shown.indices.map { index -> BracketMark in
            let p = placements[index]
            let size = layouts[index].size
            // Row r sits below rows 0..<r.
            let top = labelsTop + heights[..<p.row].reduce(0, +) + rowGap / 2
            let extent = extent(of: shown[index].day, axis: axis, x: x, width: width)!
            let dayStart = (shown[index].day.ordinal - hours.firstDay.ordinal) * 24
            return BracketMark(left: extent.left, right: extent.right, y: lineY,
                               cutAtStart: dayStart < axis.start, cutAtEnd: dayStart + 24 > axis.end,
                               label: ChartRect(left: x + p.left, top: top, width: size.width, height: size.height))
        }
        return Geometry(barsTop: barsTop, axisY: axisY, bars: bars(axis, x: x, width: width), ticks: ticks.ticks,
                        tickLabels: ticks.labelBoxes(text: text, font: small, x: x, width: width, axisY: axisY),
                        days: days)
    }
}
