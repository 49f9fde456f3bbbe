/// How many articles fall in each slot of a time axis (a day, an hour): light bars standing on
/// the axis, with a round count scale in the gutter on the left and its dashed guide lines.
///
/// Why light: the bars are the background the key events are read against, not the news itself.
/// The scale sits in a gutter of its own so its numbers never sit on a bar. The day and the hour
/// charts draw their bars here, so the two read alike.
struct VolumeBars {
    /// Each slot's centre on the axis and its article count, in axis order.
    let bars: [(centre: Double, count: Int)]
    /// The width of one slot on the axis.
    let slot: Double
    /// The height the tallest scale tick stands at.
    let height: Double
    /// Room left of the axis for the scale's numbers.
    let gutter: Double

    func draw(_ drawing: DrawingContext, text: TextContext, font: FontSpec, style: Style,
              x: Double, width: Double, axisY: Double) {
        let maxCount = bars.map(\.count).max() ?? 0
        guard maxCount > 0 else { return }
        let scale = NiceScale(lower: 0, upper: Double(maxCount), maxTicks: 3, integers: true)
        for tick in scale.ticks where tick > 0 {
            let ty = axisY - height * tick / scale.upper
            drawing.line(from: (x + gutter, ty), to: (x + width, ty), color: style.ruleColor, width: 0.4, dash: [2, 2])
            let label = text.layout(font: font)
            label.setText(NiceScale.label(tick))
            drawing.setColor(style.mutedColor)
            label.draw(in: drawing, x: x, y: ty - label.size.height / 2)
        }
        let barColor = style.chartPalette.count > 2 ? style.chartPalette[2] : style.ruleColor
        for bar in bars where bar.count > 0 {
            let h = height * Double(bar.count) / scale.upper
            let bw = max(min(slot * 0.7, 18), 1.2)
            drawing.fillRect(x: bar.centre - bw / 2, y: axisY - h, width: bw, height: h, color: barColor)
        }
    }
}
