/// What every page has around its frame: a running header (not on the cover page) and a footer
/// with "Page n of N".
struct PageTemplate {
    let style: Style
    let title: String
    let generated: String

    func draw(on canvas: PageCanvas, pageCount: Int) {
        let s = style
        let font = FontSpec(family: s.headingFont, size: s.smallSize)
        let contentWidth = s.pageWidth - s.marginLeft - s.marginRight
        let drawing = canvas.drawing

        if canvas.pageNumber > 1 {
            let headerBaseline = s.marginTop * 0.55
            let left = canvas.text.layout(font: font, width: contentWidth * 0.7)
            left.setEllipsizeEnd()
            left.setText(Markup.clean(title))
            draw(left, on: canvas, x: s.marginLeft, baseline: headerBaseline)
            let right = canvas.text.layout(font: font, width: contentWidth * 0.3)
            right.setAlignment(.right)
            right.setText(generated)
            draw(right, on: canvas, x: s.marginLeft + contentWidth * 0.7, baseline: headerBaseline)
            let ruleY = headerBaseline + 5
            drawing.line(from: (s.marginLeft, ruleY), to: (s.marginLeft + contentWidth, ruleY),
                         color: s.ruleColor, width: 0.5)
        }

        let footerBaseline = s.pageHeight - s.marginBottom * 0.45
        let footer = canvas.text.layout(font: font, width: contentWidth)
        footer.setAlignment(.right)
        footer.setText("Page \(canvas.pageNumber) of \(pageCount)")
        draw(footer, on: canvas, x: s.marginLeft, baseline: footerBaseline)
        let brand = canvas.text.layout(font: font, width: contentWidth * 0.6)
        brand.setText("Briefing")
        draw(brand, on: canvas, x: s.marginLeft, baseline: footerBaseline)
    }

    private func draw(_ layout: TextLayout, on canvas: PageCanvas, x: Double, baseline: Double) {
        guard let line = layout.lines.first else { return }
        canvas.drawing.setColor(style.mutedColor)
        layout.draw(in: canvas.drawing, x: x, y: baseline - (line.baseline - line.top))
    }
}
