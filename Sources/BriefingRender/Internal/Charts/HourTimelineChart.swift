import BriefingModel

/// Coverage of one or two days by the hour: articles per hour as quiet background bars over an
/// hour axis (`HourAxis`), and the key days under it as brackets across their hours, labelled
/// below (`HourTimelineChart+Days`).
///
/// Why a chart of its own: the day chart's slots, markers and month brackets are all days; here
/// the slots are hours, and a key day, which the analysis gives as a day and never as an instant,
/// must be drawn as the stretch of hours it is, not as a marker at a made-up hour. Months named
/// as a whole are left to the table: on an axis of a day or two each would be a bracket across
/// all of it, saying nothing about the hours. The bars, axis and brackets are drawn by the same
/// pieces as the day chart's (`VolumeBars`, `AxisTicks`, `BracketMark`), so the two read alike.
final class HourTimelineChart: Chart {
    struct KeyDay: Equatable {
        let day: Day
        let label: String
    }

    let hours: PublicationHours
    /// The key days on the axis's days, in time order.
    let keyDays: [KeyDay]
    let style: Style
    let text: TextContext
    /// Labels wrap at this width and are cut to `maxLabelCharacters` first; there are at most
    /// two, so they may be wider than the day chart's.
    let labelWidth = 200.0
    let maxLabelCharacters = 90
    /// Room on the left for the article-count scale, as on the day chart.
    let gutter = 18.0
    let rowGap = 4.0
    /// Tick labels are chosen to stay at least this far apart, a little more than the axis's
    /// own minimum, so a fitting axis never has to drop one.
    let tickLabelGap = 10.0
    /// The axis and the key days' label placement for the last width asked about: measuring
    /// labels is the costly part, and height, drawing and tests all ask for the same width.
    var axisCache: (width: Double, axis: HourAxis)?
    var dayLabelCache: (width: Double, placements: [LabelStacker.Placement], layouts: [TextLayout])?

    init(hours: PublicationHours, keyDays: [KeyDay], style: Style, text: TextContext) {
        self.hours = hours
        self.keyDays = keyDays.filter { $0.day >= hours.firstDay && $0.day <= hours.lastDay }.sorted { $0.day < $1.day }
        self.style = style
        self.text = text
    }

    var small: FontSpec { FontSpec(family: style.headingFont, size: style.smallSize) }
    var barsHeight: Double { 54 }
    var axisLabelHeight: Double { style.smallSize * 2.4 }
    var captionHeight: Double { style.smallSize * 2.2 }

    /// The finest step whose tick labels all fit `width` with `tickLabelGap` between them; the
    /// coarsest when none does (the axis then drops labels rather than overprint them).
    func axis(width: Double) -> HourAxis {
        if let axisCache, axisCache.width == width { return axisCache.axis }
        let axes = HourAxis.steps.map { step in
            HourAxis(firstDay: hours.firstDay, days: hours.dayCount, firstHour: hours.firstHour,
                     lastHour: hours.lastHour, step: step)
        }
        let chosen = axes.first { axis in
            tickMarks(axis, x: 0, width: width).labelBoxes(text: text, font: small, x: 0, width: width, axisY: 0,
                                                          gap: tickLabelGap).allSatisfy { $0 != nil }
        } ?? axes[axes.count - 1]
        axisCache = (width, chosen)
        return chosen
    }

    /// The x of a moment `hour` hours after the first day's midnight.
    func xPosition(hour: Double, axis: HourAxis, x: Double, width: Double) -> Double {
        x + gutter + (width - gutter) * (hour - Double(axis.start)) / Double(axis.end - axis.start)
    }

    func tickMarks(_ axis: HourAxis, x: Double, width: Double) -> AxisTicks {
        AxisTicks(ticks: axis.ticks.map { (x: xPosition(hour: Double($0.hour), axis: axis, x: x, width: width),
                                            label: $0.label) })
    }

    /// Each hour's bar: the middle of its hour, and how many articles give a time in it.
    func bars(_ axis: HourAxis, x: Double, width: Double) -> [(centre: Double, count: Int)] {
        hours.counts.sorted { $0.key < $1.key }.map { hour, count in
            (centre: xPosition(hour: Double(hour) + 0.5, axis: axis, x: x, width: width), count: count)
        }
    }

    func height(forWidth width: Double) -> Double {
        captionHeight + barsHeight + axisLabelHeight + dayBandHeight(width: width)
    }

    private var captionText: String {
        keyDays.isEmpty ? "Articles per hour" : "Articles per hour (bars) and key days (brackets, each across its day)"
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {
        let drawing = canvas.drawing
        let geometry = geometry(x: x, y: y, width: width)
        let caption = text.layout(font: small.asBold, width: width)
        caption.setText(captionText)
        drawing.setColor(style.mutedColor)
        caption.draw(in: drawing, x: x, y: y)
        let axis = axis(width: width)
        VolumeBars(bars: geometry.bars, slot: (width - gutter) / Double(axis.end - axis.start), height: barsHeight,
                   gutter: gutter)
            .draw(drawing, text: text, font: small, style: style, x: x, width: width, axisY: geometry.axisY)
        tickMarks(axis, x: x, width: width)
            .draw(drawing, text: text, font: small, style: style, left: x + gutter, x: x, width: width,
                  axisY: geometry.axisY)
        for mark in geometry.days { mark.draw(drawing, depth: bracketDepth, style: style) }
        drawing.drawLabels(dayPlacement(width: width).layouts, at: geometry.days.map { ($0.label.left, $0.label.top) },
                           color: style.textColor)
    }
}
