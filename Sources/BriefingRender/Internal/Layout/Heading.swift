/// A section or subsection title: a paragraph that adds a PDF outline entry, carries a named
/// destination and is never left alone at the bottom of a page.
final class Heading: Flowable {
    let paragraph: Paragraph
    let title: String
    /// 1 for sections, 2 for subsections; deeper levels nest in the outline.
    let level: Int
    /// Whether the heading gets a bookmark.
    let inOutline: Bool
    /// A named destination at the heading (the table of contents links to it).
    var anchor: String?

    init(_ title: String, level: Int, style: ParagraphStyle, text: TextContext, inOutline: Bool = true) {
        self.title = Markup.clean(title)
        self.level = level
        self.inOutline = inOutline
        paragraph = Paragraph(Markup(title), style: style, text: text)
        paragraph.structureTag = "H" + String(min(max(level, 1), 6))
    }

    var keepWithNext: Bool { true }
    var spaceBefore: Double { paragraph.spaceBefore }
    var spaceAfter: Double { paragraph.spaceAfter }

    func wrap(availableWidth: Double) -> Double { paragraph.wrap(availableWidth: availableWidth) }

    /// A heading is never split: a two-line title stays together.
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        if let anchor { canvas.addDestination(anchor, x: x, y: max(y - 8, 0)) }
        if inOutline {
            canvas.outline?.add(title: title, level: level, page: canvas.pageNumber, x: x, y: max(y - 8, 0))
        }
        paragraph.draw(on: canvas, x: x, y: y)
    }
}
