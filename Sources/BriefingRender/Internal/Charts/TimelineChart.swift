import BriefingModel
import BriefingSupport

/// Coverage over time: articles per day as quiet background bars, key events as markers on the
/// time axis, each labelled with its day and a short line, the labels spread along the axis and
/// over as few layers as keep them apart (`LabelStacker`). Months the coverage names as a whole
/// are brackets under the axis across their days, labelled below (`TimelineChart+Months`).
/// Without dated events or articles it draws a framed note saying so, and never invents dates.
///
/// Why these choices: the bars are light so the events read first; labels carry the day in
/// words so the chart reads in grayscale and without colour cues; a leader runs from each marker
/// up to its label, bending only above the bars, so a shifted label still points at its day. A
/// month is drawn as the stretch of time it is, never as a marker on its first day.
final class TimelineChart: Chart {
    struct Event {
        let day: Day
        let label: String
    }

    let events: [Event]
    /// The months given that have a day on the axis, in time order; a month never widens the axis.
    let months: [Month]
    let articlesPerDay: [Day: Int]
    let note: String
    let style: Style
    let text: TextContext
    /// Labels wrap at this width and are cut to `maxLabelCharacters` first, so each is a few lines.
    let labelWidth = 118.0
    let maxLabelCharacters = 70
    private var cached: (width: Double, placements: [LabelStacker.Placement], layouts: [TextLayout])?
    /// The months' label placement, kept like the days' (`TimelineChart+Months`).
    var monthCache: (width: Double, placements: [LabelStacker.Placement], layouts: [TextLayout])?

    init(events: [Event], months: [Month] = [], articlesPerDay: [Day: Int], note: String, style: Style,
         text: TextContext) {
        self.events = events.sorted { $0.day < $1.day }
        self.articlesPerDay = articlesPerDay
        self.note = note
        self.style = style
        self.text = text
        let span = Self.span(of: events.map(\.day) + Array(articlesPerDay.keys))
        self.months = months.filter { month in
            span.map { month.first <= $0.last && month.last >= $0.first } ?? false
        }.sorted { $0.first < $1.first }
    }

    var small: FontSpec { FontSpec(family: style.headingFont, size: style.smallSize) }
    var barsHeight: Double { 54 }
    var bendHeight: Double { 10 }
    var axisLabelHeight: Double { style.smallSize * 2.4 }
    var captionHeight: Double { style.smallSize * 2.2 }
    let rowGap = 4.0

    /// The days shown: the events' and the articles' together.
    var span: (first: Day, last: Day) { Self.span(of: events.map(\.day) + Array(articlesPerDay.keys))! }

    private static func span(of days: [Day]) -> (first: Day, last: Day)? {
        guard let first = days.min(), let last = days.max() else { return nil }
        // One day is shown with a day either side; at 0001-01-01 or 9999-12-31 only one side
        // exists, and the span still covers two days.
        return first == last ? (first.adding(days: -1), last.adding(days: 1)) : (first, last)
    }

    /// Room on the left for the article-count scale, so its numbers never sit on a bar.
    let gutter = 18.0

    /// The width of one day on the axis.
    func slotWidth(_ width: Double) -> Double {
        let (first, last) = span
        return (width - gutter) / Double(last.ordinal - first.ordinal + 1)
    }

    /// The centre of `day`'s slot on the axis.
    func xPosition(_ day: Day, x: Double, width: Double) -> Double {
        let (first, last) = span
        let slots = Double(last.ordinal - first.ordinal + 1)
        return x + gutter + (width - gutter) * (Double(day.ordinal - first.ordinal) + 0.5) / slots
    }

    /// "20 Apr: Oil began leaking into the Gulf…": the day in words, then the event, cut at a word.
    static func labelText(_ event: Event, limit: Int) -> String {
        labelText(when: DayFormat.short(event.day), event.label, limit: limit)
    }

    /// `when`, then `label` cut at a word to `limit` characters.
    static func labelText(when: String, _ label: String, limit: Int) -> String {
        when + ": " + Markup.clean(label).cutAtWord(limit)
    }

    /// A label's text laid out, wrapped at `labelWidth` (or the axis, when narrower).
    func labelLayout(_ line: String, width: Double) -> TextLayout {
        let layout = text.layout(font: small)
        layout.setText(line)
        if layout.size.width > min(labelWidth, width - gutter) { layout.setWidth(min(labelWidth, width - gutter)) }
        return layout
    }

    func placement(width: Double) -> (placements: [LabelStacker.Placement], layouts: [TextLayout]) {
        if let cached, cached.width == width { return (cached.placements, cached.layouts) }
        let layouts = events.map { labelLayout(Self.labelText($0, limit: maxLabelCharacters), width: width) }
        let placements = LabelStacker(gap: 6).place(
            widths: layouts.map(\.size.width),
            anchors: events.map { xPosition($0.day, x: 0, width: width) },
            from: gutter, to: width)
        cached = (width, placements, layouts)
        return (placements, layouts)
    }

    func height(forWidth width: Double) -> Double {
        guard !events.isEmpty || !articlesPerDay.isEmpty else { return noteHeight(width: width) }
        return axisTop(width: width) + axisLabelHeight + monthBandHeight(width: width)
    }

    /// From the chart's top to the axis line: caption, day labels, the leaders' bend, the bars.
    func axisTop(width: Double) -> Double {
        let (placements, layouts) = placement(width: width)
        let labels = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap).reduce(0, +)
        return captionHeight + labels + (events.isEmpty ? 0 : bendHeight) + barsHeight
    }

    /// "Articles per day (bars) and key events (markers)", naming only what is drawn.
    private var captionText: String {
        switch (events.isEmpty, months.isEmpty) {
        case (true, true): return "Articles per day"
        case (false, true): return "Articles per day (bars) and key events (markers)"
        case (true, false): return "Articles per day (bars) and months named as a whole (brackets)"
        case (false, false): return "Articles per day (bars), key days (markers) and months named as a whole (brackets)"
        }
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
        let geometry = geometry(x: x, y: y, width: width)
        let caption = text.layout(font: small.asBold, width: width)
        caption.setText(captionText)
        drawing.setColor(style.mutedColor)
        caption.draw(in: drawing, x: x, y: y)

        let axisY = geometry.axisY
        drawBars(drawing, x: x, width: width, axisY: axisY)
        drawAxis(drawing, x: x, width: width, axisY: axisY)
        drawMonths(drawing, geometry.months)

        // Events: a leader from the marker straight up to just above the bars, then to the
        // label's foot. Leaders go first and labels on a white ground after, so a leader never
        // runs through text.
        let markerColor = style.chartPalette.first ?? style.accentColor
        let bend = geometry.barsTop - 3
        for (ex, box) in zip(geometry.markers, geometry.dayLabels) {
            let foot = min(max(ex, box.left + 3), box.right - 3)
            drawing.line(from: (ex, axisY), to: (ex, bend), color: style.mutedColor, width: 0.5)
            drawing.line(from: (ex, bend), to: (foot, box.bottom), color: style.mutedColor, width: 0.5)
            drawing.fillDiamond(x: ex, y: axisY, radius: 3.5, color: markerColor)
        }
        let (_, layouts) = placement(width: width)
        let (_, monthLayouts) = monthPlacement(width: width)
        drawing.drawLabels(layouts + monthLayouts,
                           at: (geometry.dayLabels + geometry.months.map(\.label)).map { ($0.left, $0.top) },
                           color: style.textColor)
    }

    /// Article counts: light bars with a round scale on the left.
    private func drawBars(_ drawing: DrawingContext, x: Double, width: Double, axisY: Double) {
        let bars = articlesPerDay.sorted(by: { $0.key < $1.key })
            .map { (centre: xPosition($0.key, x: x, width: width), count: $0.value) }
        VolumeBars(bars: bars, slot: slotWidth(width), height: barsHeight, gutter: gutter)
            .draw(drawing, text: text, font: small, style: style, x: x, width: width, axisY: axisY)
    }

    /// The axis line and its ticks, labels skipped where they would touch the previous one.
    private func drawAxis(_ drawing: DrawingContext, x: Double, width: Double, axisY: Double) {
        let (first, last) = span
        let axis = TimeAxis(first: first, last: last, maxTicks: max(Int(width / 62), 2))
        AxisTicks(ticks: axis.ticks.map { (x: xPosition($0.day, x: x, width: width), label: $0.label) })
            .draw(drawing, text: text, font: small, style: style, left: x + gutter, x: x, width: width, axisY: axisY)
    }
}
