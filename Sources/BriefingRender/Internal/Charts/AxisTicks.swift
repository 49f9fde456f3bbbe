/// A time axis as drawn: its line, a short tick at each tick's place, and the tick labels under
/// it, each centred on its tick but kept inside the chart.
///
/// Why labels may be left out: a label that would come within 4 points of the one before is
/// skipped, so a crowded axis is thinned rather than overprinted. The axes choose their step so
/// that this does not happen; `labelBoxes` lets a chart (and the tests) check that it does not.
struct AxisTicks {
    /// Each tick's x on the page and its label, in axis order.
    let ticks: [(x: Double, label: String)]
    /// Below the axis line, where the labels' tops are.
    static let labelOffset = 5.0
    static let minimumGap = 4.0

    /// Where each label is drawn, nil for a label left out for crowding (nearer than `gap` to
    /// the one before).
    func labelBoxes(text: TextContext, font: FontSpec, x: Double, width: Double, axisY: Double,
                    gap: Double = AxisTicks.minimumGap) -> [ChartRect?] {
        var lastLabelRight = -Double.infinity
        return ticks.map { tick -> ChartRect? in
            let label = text.layout(font: font)
            label.setText(tick.label)
            let size = label.size
            let left = max(x, min(tick.x - size.width / 2, x + width - size.width))
            guard left > lastLabelRight + gap else { return nil }
            lastLabelRight = left + size.width
            return ChartRect(left: left, top: axisY + Self.labelOffset, width: size.width, height: size.height)
        }
    }

    /// The axis line from `left` to the chart's right edge, then each tick and its label.
    func draw(_ drawing: DrawingContext, text: TextContext, font: FontSpec, style: Style,
              left: Double, x: Double, width: Double, axisY: Double) {
        drawing.line(from: (left, axisY), to: (x + width, axisY), color: style.mutedColor, width: 0.8)
        let boxes = labelBoxes(text: text, font: font, x: x, width: width, axisY: axisY)
        for (tick, box) in zip(ticks, boxes) {
            drawing.line(from: (tick.x, axisY), to: (tick.x, axisY + 3), color: style.mutedColor, width: 0.6)
            guard let box else { continue }
            let label = text.layout(font: font)
            label.setText(tick.label)
            drawing.setColor(style.mutedColor)
            label.draw(in: drawing, x: box.left, y: box.top)
        }
    }
}
