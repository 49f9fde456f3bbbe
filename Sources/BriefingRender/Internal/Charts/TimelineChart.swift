import BriefingModel

/// Coverage over time: articles per day as quiet background bars, key events as markers on the
/// time axis with their labels stacked in rows so none overlaps. Without dated events it draws
/// a framed note saying so, and never invents dates.
final class TimelineChart: Chart {
    struct Event {
        let day: Day
        let label: String
    }

    let events: [Event]
    let articlesPerDay: [Day: Int]
    let note: String
    private let style: Style
    private let text: TextContext
    private let maxLabelWidth = 150.0
    private var cachedRows: (width: Double, rows: [Int], layouts: [TextLayout])?

    init(events: [Event], articlesPerDay: [Day: Int], note: String, style: Style, text: TextContext) {
        self.events = events.sorted { $0.day < $1.day }
        self.articlesPerDay = articlesPerDay
        self.note = note
        self.style = style
        self.text = text
    }

    private var small: FontSpec { FontSpec(family: style.headingFont, size: style.smallSize) }
    private var labelRowHeight: Double { style.smallSize * 1.9 }
    private var barsHeight: Double { 54 }
    private var axisLabelHeight: Double { style.smallSize * 2.4 }
    private var captionHeight: Double { style.smallSize * 2.2 }

    /// The days shown: the events' and the articles' together, padded by half a day.
    private var span: (first: Day, last: Day) {
        let days = events.map(\.day) + Array(articlesPerDay.keys)
        let first = days.min()!
        let last = days.max()!
        return first == last ? (first.adding(days: -1), last.adding(days: 1)) : (first, last)
    }

    /// Room on the left for the article-count scale, so its numbers never sit on a bar.
    private let gutter = 18.0

    private func xPosition(_ day: Day, x: Double, width: Double) -> Double {
        let (first, last) = span
        let slots = Double(last.ordinal - first.ordinal + 1)
        return x + gutter + (width - gutter) * (Double(day.ordinal - first.ordinal) + 0.5) / slots
    }

    private func labelRows(width: Double) -> (rows: [Int], layouts: [TextLayout]) {
        if let cachedRows, cachedRows.width == width { return (cachedRows.rows, cachedRows.layouts) }
        let layouts = events.map { event -> TextLayout in
            let layout = text.layout(font: small)
            layout.setText(Markup.clean(event.label))
            if layout.size.width > maxLabelWidth {
                layout.setWidth(maxLabelWidth)
                layout.setEllipsizeEnd()
            }
            return layout
        }
        let spans = events.indices.map { index -> LabelStacker.Span in
            let left = labelLeft(index, layouts: layouts, x: 0, width: width)
            return LabelStacker.Span(left: left, right: left + layouts[index].size.width,
                                     anchor: xPosition(events[index].day, x: 0, width: width))
        }
        let rows = LabelStacker(gap: 6).rows(for: spans)
        cachedRows = (width, rows, layouts)
        return (rows, layouts)
    }

    /// Labels start at their marker, shifted left when they would run past the right edge.
    private func labelLeft(_ index: Int, layouts: [TextLayout], x: Double, width: Double) -> Double {
        let anchor = xPosition(events[index].day, x: x, width: width) - 3
        return max(x + gutter, min(anchor, x + width - layouts[index].size.width))
    }

    func height(forWidth width: Double) -> Double {
        guard !events.isEmpty || !articlesPerDay.isEmpty else { return noteHeight(width: width) }
        let rowCount = (labelRows(width: width).rows.max() ?? -1) + 1
        return captionHeight + Double(rowCount) * labelRowHeight + 6 + barsHeight + axisLabelHeight
    }

    private func noteLayout(width: Double) -> TextLayout {
        let layout = text.layout(font: FontSpec(family: style.bodyFont, size: style.bodySize).asItalic,
                                 width: width - 24)
        layout.setText(Markup.clean(note))
        return layout
    }

    private func noteHeight(width: Double) -> Double { noteLayout(width: width).size.height + 24 }

    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {
        let drawing = canvas.drawing
        guard !events.isEmpty || !articlesPerDay.isEmpty else {
            drawing.fillRect(x: x, y: y, width: width, height: height, color: style.accentColor.lightened(0.93))
            drawing.strokeRect(x: x, y: y, width: width, height: height, color: style.ruleColor, lineWidth: 0.8)
            drawing.setColor(style.textColor)
            noteLayout(width: width).draw(in: drawing, x: x + 12, y: y + 12)
            return
        }
        let (rows, layouts) = labelRows(width: width)
        let rowCount = (rows.max() ?? -1) + 1
        let caption = text.layout(font: small.asBold, width: width)
        caption.setText(events.isEmpty ? "Articles per day" : "Articles per day (bars) and key events (markers)")
        drawing.setColor(style.mutedColor)
        caption.draw(in: drawing, x: x, y: y)

        let labelsTop = y + captionHeight
        let barsTop = labelsTop + Double(rowCount) * labelRowHeight + 6
        let axisY = barsTop + barsHeight

        // Article counts: light bars with a round scale on the left.
        let maxCount = articlesPerDay.values.max() ?? 0
        if maxCount > 0 {
            let scale = NiceScale(lower: 0, upper: Double(maxCount), maxTicks: 3, integers: true)
            for tick in scale.ticks where tick > 0 {
                let ty = axisY - barsHeight * tick / scale.upper
                drawing.line(from: (x + gutter, ty), to: (x + width, ty), color: style.ruleColor, width: 0.4, dash: [2, 2])
                let label = text.layout(font: small)
                label.setText(NiceScale.label(tick))
                drawing.setColor(style.mutedColor)
                label.draw(in: drawing, x: x, y: ty - label.size.height / 2)
            }
            let (first, last) = span
            let slot = (width - gutter) / Double(last.ordinal - first.ordinal + 1)
            let barColor = style.chartPalette.count > 2 ? style.chartPalette[2] : style.ruleColor
            for (day, count) in articlesPerDay where count > 0 {
                let h = barsHeight * Double(count) / scale.upper
                let bw = max(min(slot * 0.7, 18), 1.2)
                drawing.fillRect(x: xPosition(day, x: x, width: width) - bw / 2, y: axisY - h,
                                 width: bw, height: h, color: barColor)
            }
        }

        // The axis and its ticks.
        drawing.line(from: (x + gutter, axisY), to: (x + width, axisY), color: style.mutedColor, width: 0.8)
        let (first, last) = span
        let axis = TimeAxis(first: first, last: last, maxTicks: max(Int(width / 62), 2))
        var lastLabelRight = -Double.infinity
        for tick in axis.ticks {
            let tx = xPosition(tick.day, x: x, width: width)
            drawing.line(from: (tx, axisY), to: (tx, axisY + 3), color: style.mutedColor, width: 0.6)
            let label = text.layout(font: small)
            label.setText(tick.label)
            let w = label.size.width
            let left = max(x, min(tx - w / 2, x + width - w))
            guard left > lastLabelRight + 4 else { continue }
            lastLabelRight = left + w
            drawing.setColor(style.mutedColor)
            label.draw(in: drawing, x: left, y: axisY + 5)
        }

        // Events: a thin leader from the label's row down to a marker on the axis. Leaders go
        // first and labels on a white ground after, so a leader never runs through text.
        let markerColor = style.chartPalette.first ?? style.accentColor
        var labelBoxes: [(left: Double, top: Double)] = []
        for (index, event) in events.enumerated() {
            let ex = xPosition(event.day, x: x, width: width)
            let labelTop = labelsTop + Double(rowCount - 1 - rows[index]) * labelRowHeight
            let labelHeight = layouts[index].size.height
            drawing.line(from: (ex, labelTop + labelHeight), to: (ex, axisY), color: style.mutedColor, width: 0.5)
            drawing.fillDiamond(x: ex, y: axisY, radius: 3.5, color: markerColor)
            labelBoxes.append((labelLeft(index, layouts: layouts, x: x, width: width), labelTop))
        }
        for (index, box) in labelBoxes.enumerated() {
            let size = layouts[index].size
            drawing.fillRect(x: box.left - 1, y: box.top, width: size.width + 2, height: size.height,
                             color: StyleColor(red: 1, green: 1, blue: 1))
            drawing.setColor(style.textColor)
            layouts[index].draw(in: drawing, x: box.left, y: box.top)
        }
    }
}
