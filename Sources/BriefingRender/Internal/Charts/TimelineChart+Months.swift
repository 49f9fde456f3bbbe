import BriefingModel

/// Months the coverage names as a whole ("in June 2010") on the dated timeline chart: each is a
/// bracket in a band under the axis's labels, across those of its days that are on the axis,
/// with its label ("Jun 2010: …") below, the labels kept apart by `LabelStacker` as the days' are.
///
/// Why a band of its own: a month is a stretch of time, and a marker on its first day would
/// claim a day the sources never gave. Under the axis the bracket sits just below the axis's
/// month names; a dark horizontal line with end ticks reads apart from the day markers (points
/// on the axis) and the article bars (light columns above it), in grayscale too; and its label
/// never takes room from the days'. A month that runs past the axis is cut there and drawn
/// without the end tick on that side, so the bracket does not claim the month ends there.
extension TimelineChart {
    /// A calendar month: its first and last day, and its line.
    struct Month {
        let first: Day
        let last: Day
        let label: String

        /// The month `day` falls in.
        init(containing day: Day, label: String) {
            first = Day(year: day.year, month: day.month, day: 1)!
            let next = day.month == 12 ? Day(year: day.year + 1, month: 1, day: 1)
                : Day(year: day.year, month: day.month + 1, day: 1)
            last = next?.adding(days: -1) ?? Day(year: day.year, month: 12, day: 31)!
            self.label = label
        }
    }

    /// The end ticks' height; the bracket's line lies this far below the axis's labels.
    private var bracketDepth: Double { 4 }
    /// Between the brackets and the first row of month labels, where their leaders bend.
    private var monthBendHeight: Double { 8 }

    /// The band under the axis: nothing at all without months.
    func monthBandHeight(width: Double) -> Double {
        guard !months.isEmpty else { return 0 }
        let (placements, layouts) = monthPlacement(width: width)
        let rows = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap)
        return bracketDepth + monthBendHeight + rows.reduce(0, +)
    }

    /// The stretch of the axis the month's days take (edge of the first day's slot to edge of
    /// the last's), cut to the axis, and pulled in a little so two months in a row stay apart.
    func extent(of month: Month, x: Double, width: Double) -> (left: Double, right: Double) {
        let (first, last) = span
        let slot = slotWidth(width)
        let inset = min(1, slot / 4)
        return (xPosition(max(month.first, first), x: x, width: width) - slot / 2 + inset,
                xPosition(min(month.last, last), x: x, width: width) + slot / 2 - inset)
    }

    /// Month labels in rows under the brackets, row 0 nearest them, each centred on its
    /// bracket as far as the others allow.
    func monthPlacement(width: Double) -> (placements: [LabelStacker.Placement], layouts: [TextLayout]) {
        if let monthCache, monthCache.width == width { return (monthCache.placements, monthCache.layouts) }
        let layouts = months.map { month in
            labelLayout(Self.labelText(when: DayFormat.month(month.first), month.label, limit: maxLabelCharacters),
                        width: width)
        }
        let anchors = months.map { month -> Double in
            let extent = extent(of: month, x: 0, width: width)
            return (extent.left + extent.right) / 2
        }
        let placements = LabelStacker(gap: 6).place(widths: layouts.map(\.size.width), anchors: anchors,
                                                    from: gutter, to: width)
        monthCache = (width, placements, layouts)
        return (placements, layouts)
    }

    /// Brackets and label boxes for a band whose top is `bandTop`.
    func monthMarks(x: Double, width: Double, bandTop: Double) -> [MonthMark] {
        guard !months.isEmpty else { return [] }
        let (placements, layouts) = monthPlacement(width: width)
        let heights = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap)
        let lineY = bandTop + bracketDepth
        let labelsTop = lineY + monthBendHeight
        let (first, last) = span
        return months.indices.map { index in
            let p = placements[index]
            let size = layouts[index].size
            // Row r sits below rows 0..<r.
            let top = labelsTop + heights[..<p.row].reduce(0, +) + rowGap / 2
            let extent = extent(of: months[index], x: x, width: width)
            return MonthMark(left: extent.left, right: extent.right, y: lineY,
                             cutAtStart: months[index].first < first, cutAtEnd: months[index].last > last,
                             label: ChartRect(left: x + p.left, top: top, width: size.width, height: size.height))
        }
    }

    /// Each bracket (its end ticks inside its extent), and a leader from its middle down to its
    /// label. The labels are drawn with the days', on white after every line, so no leader runs
    /// through words.
    func drawMonths(_ drawing: DrawingContext, _ marks: [MonthMark]) {
        for mark in marks { mark.draw(drawing, depth: bracketDepth, style: style) }
    }
}
