/// Horizontal bars, longest first, one per topic, with the value written at the end of each bar
/// and a round-numbered axis underneath. No frame, no 3-D, no legend: the labels say it all.
final class TopicFrequencyChart: Chart {
    struct Bar {
        let label: String
        let value: Int
    }

    let bars: [Bar]
    /// Says what is counted, e.g. "Articles per topic".
    let caption: String
    private let style: Style
    private let text: TextContext

    init(bars: [Bar], caption: String, style: Style, text: TextContext) {
        // Largest first; ties keep the caller's order, so the chart lists topics as the table
        // beside it does (which breaks ties by mentions).
        self.bars = bars.enumerated().sorted { ($0.element.value, $1.offset) > ($1.element.value, $0.offset) }.map(\.element)
        self.caption = caption
        self.style = style
        self.text = text
    }

    private var rowHeight: Double { max(style.smallSize * 2 * style.chartRowScale, style.smallSize * 1.5, 10) }
    private var captionHeight: Double { style.smallSize * 2.2 }
    private var axisHeight: Double { style.smallSize * 2.2 }

    func height(forWidth width: Double) -> Double {
        captionHeight + Double(max(bars.count, 1)) * rowHeight + axisHeight
    }

    /// Rows no tighter than the labels' own line height.
    func minimumHeight(forWidth width: Double) -> Double {
        captionHeight + Double(max(bars.count, 1)) * max(style.smallSize * 1.5, 10) + axisHeight
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {
        let drawing = canvas.drawing
        // Rows share the height given (less than the natural height when squeezed).
        let rowHeight = bars.isEmpty ? self.rowHeight
            : min(self.rowHeight, (height - captionHeight - axisHeight) / Double(bars.count))
        let small = FontSpec(family: style.headingFont, size: style.smallSize)
        let labelFont = FontSpec(family: style.headingFont, size: style.smallSize * 1.1)

        let captionLayout = text.layout(font: small.asBold, width: width)
        captionLayout.setText(caption)
        drawing.setColor(style.mutedColor)
        captionLayout.draw(in: drawing, x: x, y: y)

        guard !bars.isEmpty else { return }
        let labels = bars.map { bar -> TextLayout in
            let layout = text.layout(font: labelFont)
            layout.setText(Markup.clean(bar.label))
            return layout
        }
        let widest = labels.map { $0.size.width }.max() ?? 0
        let labelWidth = min(widest, width * 0.34)
        let valueRoom = 28.0
        let barLeft = x + labelWidth + 8
        let barWidth = max(width - labelWidth - 8 - valueRoom, 20)
        let scale = NiceScale(lower: 0, upper: Double(bars.map(\.value).max() ?? 1),
                              maxTicks: max(3, min(6, Int(barWidth / 50))), integers: true)
        func xPosition(_ value: Double) -> Double { barLeft + barWidth * (value - scale.lower) / (scale.upper - scale.lower) }

        let top = y + captionHeight
        let plotBottom = top + Double(bars.count) * rowHeight
        // Faint gridlines at the ticks, behind the bars.
        for tick in scale.ticks {
            let tx = xPosition(tick)
            drawing.line(from: (tx, top), to: (tx, plotBottom), color: style.ruleColor,
                         width: tick == 0 ? 0.8 : 0.4)
            let tickLabel = text.layout(font: small)
            tickLabel.setText(NiceScale.label(tick))
            let w = tickLabel.size.width
            drawing.setColor(style.mutedColor)
            tickLabel.draw(in: drawing, x: tx - w / 2, y: plotBottom + 3)
        }

        let color = style.chartPalette.first ?? style.accentColor
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let barHeight = rowHeight * 0.62
            let barTop = rowTop + (rowHeight - barHeight) / 2
            let end = xPosition(Double(bar.value))
            drawing.fillRect(x: barLeft, y: barTop, width: max(end - barLeft, 0.8), height: barHeight,
                             color: color)

            let label = labels[index]
            label.setWidth(labelWidth)
            label.setEllipsizeEnd()
            label.setAlignment(.right)
            let labelHeight = label.size.height
            drawing.setColor(style.textColor)
            label.draw(in: drawing, x: x, y: rowTop + (rowHeight - labelHeight) / 2)

            let value = text.layout(font: small.asBold)
            value.setText(String(bar.value))
            drawing.setColor(style.textColor)
            value.draw(in: drawing, x: end + 4, y: rowTop + (rowHeight - value.size.height) / 2)
        }
    }
}
