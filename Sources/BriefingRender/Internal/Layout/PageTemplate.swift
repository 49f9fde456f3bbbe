/// What every page has around its frame: a running header with the briefing's title and the
/// section the page belongs to (not on the first page, which has the title in full), and a
/// footer with the generation day and "Page n of N".
struct PageTemplate {
    let style: Style
    let title: String
    let generated: String
    /// Section names per page; nil draws no section name.
    var directory: PageDirectory?

    func draw(on canvas: PageCanvas, pageCount: Int) {
        let s = style
        let font = FontSpec(family: s.headingFont, size: s.smallSize)
        let contentWidth = s.pageWidth - s.marginLeft - s.marginRight
        let drawing = canvas.drawing

        if canvas.pageNumber > 1 {
            let headerBaseline = s.marginTop * 0.55
            let left = canvas.text.layout(font: font, width: contentWidth * 0.6)
            left.setEllipsizeEnd()
            left.setText(Markup.clean(title))
            draw(left, on: canvas, x: s.marginLeft, baseline: headerBaseline)
            if let section = directory?.section(onPage: canvas.pageNumber) {
                let right = canvas.text.layout(font: font.asBold, width: contentWidth * 0.4)
                right.setAlignment(.right)
                right.setEllipsizeEnd()
                right.setText(Markup.clean(section))
                draw(right, on: canvas, x: s.marginLeft + contentWidth * 0.6, baseline: headerBaseline)
            }
            let ruleY = headerBaseline + 5
            drawing.line(from: (s.marginLeft, ruleY), to: (s.marginLeft + contentWidth, ruleY),
                         color: s.ruleColor, width: 0.5)
        }

        let footerBaseline = s.pageHeight - s.marginBottom * 0.45
        let footer = canvas.text.layout(font: font, width: contentWidth * 0.4)
        footer.setAlignment(.right)
        footer.setText("Page \(canvas.pageNumber) of \(pageCount)")
        draw(footer, on: canvas, x: s.marginLeft + contentWidth * 0.6, baseline: footerBaseline)
        let brand = canvas.text.layout(font: font, width: contentWidth * 0.6)
        brand.setEllipsizeEnd()
        brand.setText("Briefing · \(generated)")
        draw(brand, on: canvas, x: s.marginLeft, baseline: footerBaseline)
    }

    private func draw(_ layout: TextLayout, on canvas: PageCanvas, x: Double, baseline: Double) {
        guard let line = layout.lines.first else { return }
        canvas.drawing.setColor(style.mutedColor)
        layout.draw(in: canvas.drawing, x: x, y: baseline - (line.baseline - line.top))
    }
}
