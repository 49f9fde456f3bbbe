import BriefingModel

/// How the coverage reacted, by tone: one horizontal bar per tone (positive, negative, neutral,
/// mixed) of reaction mentions, the part the sources only guess at ("likely welcomed") drawn
/// pale after the reported part, so hedged reactions are visible but never read as fact.
final class ToneChart: Chart {
    struct Row {
        let tone: ReactionTheme.Tone
        let reported: Int
        let hedged: Int
        var total: Int { reported + hedged }
    }

    let rows: [Row]
    private let style: Style
    private let text: TextContext

    init(themes: [ReactionTheme], style: Style, text: TextContext) {
        rows = ReactionTheme.Tone.allCases.compactMap { tone in
            let of = themes.filter { $0.tone == tone }
            let reported = of.filter { !$0.hedged }.reduce(0) { $0 + $1.mentions }
            let hedged = of.filter(\.hedged).reduce(0) { $0 + $1.mentions }
            return reported + hedged > 0 ? Row(tone: tone, reported: reported, hedged: hedged) : nil
        }
        self.style = style
        self.text = text
    }

    private var rowHeight: Double { max(style.smallSize * 2 * style.chartRowScale, style.smallSize * 1.5, 10) }
    private var captionHeight: Double { style.smallSize * 2.2 }

    func height(forWidth width: Double) -> Double {
        captionHeight + Double(max(rows.count, 1)) * rowHeight + style.smallSize
    }

    /// A tone's look: the palette in tone order, so a tone keeps its colour across briefings,
    /// with the hatching of the print style so tones stay apart in black and white.
    private func look(_ tone: ReactionTheme.Tone) -> SeriesLook {
        SeriesLook(index: ReactionTheme.Tone.allCases.firstIndex(of: tone) ?? 0, style: style)
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {
        let drawing = canvas.drawing
        let small = FontSpec(family: style.headingFont, size: style.smallSize)
        let caption = text.layout(font: small.asBold, width: width)
        let hedgedTotal = rows.reduce(0) { $0 + $1.hedged }
        caption.setText("Reaction mentions by tone" + (hedgedTotal > 0 ? " (pale: hedged, reported as likely)" : ""))
        drawing.setColor(style.mutedColor)
        caption.draw(in: drawing, x: x, y: y)
        guard let most = rows.map(\.total).max(), most > 0 else { return }

        let labelWidth = min(width * 0.2, 70)
        let valueRoom = 70.0
        let barLeft = x + labelWidth + 8
        let barWidth = max(width - labelWidth - 8 - valueRoom, 20)
        let rowHeight = min(self.rowHeight, (height - captionHeight) / Double(rows.count))
        for (index, row) in rows.enumerated() {
            let rowTop = y + captionHeight + Double(index) * rowHeight
            let barHeight = rowHeight * 0.62
            let barTop = rowTop + (rowHeight - barHeight) / 2
            let reportedWidth = barWidth * Double(row.reported) / Double(most)
            let hedgedWidth = barWidth * Double(row.hedged) / Double(most)
            let look = look(row.tone)
            if row.reported > 0 {
                look.fillRect(on: drawing, x: barLeft, y: barTop, width: max(reportedWidth, 0.8), height: barHeight)
            }
            if row.hedged > 0 {
                look.paled.fillRect(on: drawing, x: barLeft + reportedWidth, y: barTop, width: max(hedgedWidth, 0.8),
                                    height: barHeight)
            }
            if style.chartPatterns {
                // An outline, so a light colour (Okabe-Ito yellow) still shows on white paper.
                drawing.strokeRect(x: barLeft, y: barTop, width: max(reportedWidth + hedgedWidth, 0.8),
                                   height: barHeight, color: style.textColor, lineWidth: 0.5)
            }
            let label = text.layout(font: small)
            label.setText(row.tone.rawValue)
            label.setWidth(labelWidth)
            label.setAlignment(.right)
            drawing.setColor(style.textColor)
            label.draw(in: drawing, x: x, y: rowTop + (rowHeight - label.size.height) / 2)

            let value = text.layout(font: small.asBold)
            value.setText(row.hedged > 0 ? "\(row.total) (\(row.hedged) hedged)" : String(row.total))
            drawing.setColor(style.textColor)
            value.draw(in: drawing, x: barLeft + reportedWidth + hedgedWidth + 4,
                       y: rowTop + (rowHeight - value.size.height) / 2)
        }
    }
}
