/// A block of text in one style, broken into lines by Pango; splits between lines.
///
/// The parts of a split paragraph share one `TextLayout` and each draws only its own lines,
/// so the text is shaped once however many pages it spans.
final class Paragraph: Flowable {
    let layout: TextLayout
    let style: ParagraphStyle
    let links: [LinkSpan]
    /// A named destination placed at the paragraph's top (only on its first part).
    var anchor: String?
    var keepWithNext = false
    /// Lines `firstLine..<endLine` of the layout; nil `endLine` means up to the last.
    private let firstLine: Int
    private let endLine: Int?
    private var width: Double = -1
    private let isContinuation: Bool

    init(_ markup: Markup, style: ParagraphStyle, text: TextContext) {
        layout = text.layout(font: style.font)
        layout.setMarkup(markup.markup)
        layout.setAlignment(style.alignment)
        layout.setJustify(style.justify)
        if style.lineSpacing != 1 { layout.setLineSpacing(style.lineSpacing) }
        self.style = style
        self.links = markup.links
        firstLine = 0
        endLine = nil
        isContinuation = false
    }

    private init(sharing other: Paragraph, lines: Range<Int>, continuation: Bool) {
        layout = other.layout
        style = other.style
        links = other.links
        anchor = continuation ? nil : other.anchor
        keepWithNext = continuation ? other.keepWithNext : false
        firstLine = lines.lowerBound
        endLine = lines.upperBound
        width = other.width
        isContinuation = continuation
    }

    var spaceBefore: Double { isContinuation ? 0 : style.spaceBefore }
    var spaceAfter: Double { style.spaceAfter }

    private var lineRange: Range<Int> {
        let lines = layout.lines
        return firstLine..<min(endLine ?? lines.count, lines.count)
    }

    func wrap(availableWidth: Double) -> Double {
        let textWidth = max(availableWidth - style.leftIndent, 1)
        if textWidth != width {
            width = textWidth
            layout.setWidth(textWidth)
        }
        return height(of: lineRange)
    }

    private func height(of range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        let lines = layout.lines
        return lines[range.upperBound - 1].bottom - lines[range.lowerBound].top
    }

    /// Keeps at least two lines on each side (no orphans or widows) when the paragraph has
    /// enough lines; a single line never splits.
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? {
        let range = lineRange
        guard range.count >= 2 else { return nil }
        let lines = layout.lines
        let top = lines[range.lowerBound].top
        var fitting = 0
        for index in range where lines[index].bottom - top <= availableHeight + 0.01 {
            fitting = index - range.lowerBound + 1
        }
        let minimum = range.count >= 4 ? 2 : 1
        if range.count - fitting < minimum { fitting = range.count - minimum }
        guard fitting >= minimum else { return nil }
        let cut = range.lowerBound + fitting
        let head = Paragraph(sharing: self, lines: range.lowerBound..<cut, continuation: false)
        head.keepWithNext = false
        let tail = Paragraph(sharing: self, lines: cut..<range.upperBound, continuation: true)
        return (head, tail)
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        let range = lineRange
        guard !range.isEmpty else { return }
        let lines = layout.lines
        let top = lines[range.lowerBound].top
        let left = x + style.leftIndent
        if let anchor { canvas.addDestination(anchor, x: x, y: y) }
        canvas.drawing.setColor(style.color)
        for index in range {
            layout.drawLine(index, in: canvas.drawing, x: left, top: y + lines[index].top - top)
        }
        drawLinks(on: canvas, left: left, y: y, range: range, top: top)
    }

    private func drawLinks(on canvas: PageCanvas, left: Double, y: Double, range: Range<Int>,
                           top: Double) {
        guard canvas.tagsEnabled, !links.isEmpty else { return }
        let lines = layout.lines
        let visibleTop = lines[range.lowerBound].top
        let visibleBottom = lines[range.upperBound - 1].bottom
        for link in links {
            let first = layout.rect(ofByte: link.bytes.lowerBound)
            let last = layout.rect(ofByte: link.bytes.upperBound - 1)
            guard first.y >= visibleTop - 0.01, first.y < visibleBottom else { continue }
            let width = abs(last.y - first.y) < 0.5 ? last.x + last.width - first.x : first.width
            canvas.addLink(to: link.destination, x: left + first.x, y: y + first.y - top,
                           width: width, height: first.height)
        }
    }
}
