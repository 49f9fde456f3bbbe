import BriefingModel
import BriefingSupport

/// The timeline of an undated corpus: its events in the order the coverage presents them, on
/// an axis of positions (1, 2, 3 ...) rather than days, each labelled, the labels kept apart by
/// `LabelStacker` as on the dated chart.
///
/// Why a chart of order and not of time: sources without dates cannot place an event on a
/// calendar, and a made-up spacing would read as one. Evenly spaced numbered markers say only
/// what is known (this was told before that), and the caption says plainly that there are no
/// dates. Numbers and words carry everything, so the chart reads in grayscale.
final class TimelineSequenceChart: Chart {
    let labels: [String]
    let caption: String
    private let style: Style
    private let text: TextContext
    private let labelWidth = 118.0
    private let maxLabelCharacters = 70
    private let rowGap = 4.0
    private var cached: (width: Double, placements: [LabelStacker.Placement], layouts: [TextLayout])?

    /// `labels` in coverage order, first told first.
    init(labels: [String], caption: String, style: Style, text: TextContext) {
        self.labels = labels
        self.caption = caption
        self.style = style
        self.text = text
    }

    private var small: FontSpec { FontSpec(family: style.headingFont, size: style.smallSize) }
    private var captionHeight: Double { style.smallSize * 2.2 }
    private var bendHeight: Double { 14 }
    private var axisLabelHeight: Double { style.smallSize * 3.6 }

    /// Slot `index` of `labels.count`, centred in equal slots.
    static func position(_ index: Int, of count: Int, x: Double, width: Double) -> Double {
        x + width * (Double(index) + 0.5) / Double(max(count, 1))
    }

    /// "3. Talks stall over verification", cut at a word.
    static func labelText(_ label: String, number: Int, limit: Int) -> String {
        "\(number). " + Markup.clean(label).cutAtWord(limit)
    }

    private func placement(width: Double) -> (placements: [LabelStacker.Placement], layouts: [TextLayout]) {
        if let cached, cached.width == width { return (cached.placements, cached.layouts) }
        let layouts = labels.enumerated().map { index, label -> TextLayout in
            let layout = text.layout(font: small)
            layout.setText(Self.labelText(label, number: index + 1, limit: maxLabelCharacters))
            if layout.size.width > min(labelWidth, width) { layout.setWidth(min(labelWidth, width)) }
            return layout
        }
        let placements = LabelStacker(gap: 6).place(
            widths: layouts.map(\.size.width),
            anchors: labels.indices.map { Self.position($0, of: labels.count, x: 0, width: width) },
            from: 0, to: width)
        cached = (width, placements, layouts)
        return (placements, layouts)
    }

    private func captionLayout(width: Double) -> TextLayout {
        let layout = text.layout(font: small.asBold, width: width)
        layout.setText(caption)
        return layout
    }

    func height(forWidth width: Double) -> Double {
        let (placements, layouts) = placement(width: width)
        let captionBlock = max(captionHeight, captionLayout(width: width).size.height + style.smallSize)
        return captionBlock + LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap).reduce(0, +) + bendHeight + axisLabelHeight
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {
        let drawing = canvas.drawing
        let (placements, layouts) = placement(width: width)
        let heights = LabelStacker.rowHeights(placements, heights: layouts.map(\.size.height), gap: rowGap)
        let captionText = captionLayout(width: width)
        drawing.setColor(style.mutedColor)
        captionText.draw(in: drawing, x: x, y: y)

        let labelsBottom = y + max(captionHeight, captionText.size.height + style.smallSize) + heights.reduce(0, +)
        let axisY = labelsBottom + bendHeight
        drawing.line(from: (x, axisY), to: (x + width, axisY), color: style.mutedColor, width: 0.8)
        let markerColor = style.chartPalette.first ?? style.accentColor
        var boxes: [(left: Double, top: Double)] = []
        for index in labels.indices {
            let p = placements[index]
            let size = layouts[index].size
            let bottom = labelsBottom - heights[..<p.row].reduce(0, +)
            let top = bottom - heights[p.row] + rowGap / 2
            let left = x + p.left
            let ex = Self.position(index, of: labels.count, x: x, width: width)
            let foot = min(max(ex, left + 3), left + size.width - 3)
            drawing.line(from: (ex, axisY), to: (ex, axisY - bendHeight / 2), color: style.mutedColor, width: 0.5)
            drawing.line(from: (ex, axisY - bendHeight / 2), to: (foot, top + size.height), color: style.mutedColor, width: 0.5)
            drawing.fillCircle(x: ex, y: axisY, radius: 3.2, color: markerColor)
            let number = text.layout(font: small)
            number.setText("\(index + 1)")
            drawing.setColor(style.mutedColor)
            number.draw(in: drawing, x: ex - number.size.width / 2, y: axisY + 5)
            boxes.append((left, top))
        }
        drawing.drawLabels(layouts, at: boxes, color: style.textColor)
        let ends = text.layout(font: small.asItalic)
        ends.setText("numbered in the order the coverage tells them, not by date")
        drawing.setColor(style.mutedColor)
        ends.draw(in: drawing, x: x + width - ends.size.width, y: axisY + 5 + style.smallSize * 1.4)
    }
}
