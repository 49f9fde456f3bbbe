/// A block of text in one style, broken into lines by Pango; splits between lines.
///
/// The parts of a split paragraph share one `TextLayout` and each draws only its own lines,
/// so the text is shaped once however many pages it spans.
final class Paragraph: Flowable {
    let layout: TextLayout
    let style: ParagraphStyle
    /// The markup as given, with soft hyphens; what is shown may have some hardened.
    private let source: Markup
    private(set) var links: [LinkSpan]
    /// A named destination placed at the paragraph's top (only on its first part).
    var anchor: String?
    var keepWithNext = false
    /// The PDF structure element this paragraph is drawn in: `P`, or `H1`/`H2` for a heading.
    var structureTag = "P"
    /// Lines `firstLine..<endLine` of the layout; nil `endLine` means up to the last.
    private let firstLine: Int
    private let endLine: Int?
    private var width: Double = -1
    private let isContinuation: Bool
    /// Whether the layout holds `source` rewritten by `hardenHyphenBreaks` for `width`.
    private var isHardened = false
    /// The widest the text is set (`ParagraphStyle.measure`), in points.
    private let measureWidth: Double

    init(_ markup: Markup, style: ParagraphStyle, text: TextContext) {
        measureWidth = style.measure > 0 ? style.measure * text.averageCharacterWidth(style.font) : .infinity
        layout = text.layout(font: style.font)
        layout.setMarkup(markup.markup)
        layout.setAlignment(style.alignment)
        layout.setJustify(style.justify)
        if style.lineSpacing != 1 { layout.setLineSpacing(style.lineSpacing) }
        self.style = style
        self.links = markup.links
        source = markup
        firstLine = 0
        endLine = nil
        isContinuation = false
    }

    private init(sharing other: Paragraph, lines: Range<Int>, continuation: Bool) {
        layout = other.layout
        style = other.style
        source = other.source
        links = other.links
        anchor = continuation ? nil : other.anchor
        structureTag = other.structureTag
        keepWithNext = continuation ? other.keepWithNext : false
        firstLine = lines.lowerBound
        endLine = lines.upperBound
        width = other.width
        isContinuation = continuation
        isHardened = other.isHardened
        measureWidth = other.measureWidth
    }

    var spaceBefore: Double { isContinuation ? 0 : style.spaceBefore }
    var spaceAfter: Double { style.spaceAfter }

    private var lineRange: Range<Int> {
        let lines = layout.lines
        return firstLine..<min(endLine ?? lines.count, lines.count)
    }

    /// The narrowest measure, in ems of the paragraph's font, that is set justified; narrower
    /// text is set ragged-right. Why: justification needs about sixty characters a line (some
    /// thirty ems at a text face's half-em average width) for the spaces between words to absorb
    /// each line's slack; below that the stretched spaces line up into rivers.
    static let justifiedMeasure = 30.0

    func wrap(availableWidth: Double) -> Double {
        let textWidth = max(min(availableWidth - style.leftIndent, measureWidth), 1)
        if textWidth != width {
            width = textWidth
            restoreSource()
            layout.setWidth(textWidth)
            layout.setJustify(style.justify && textWidth >= style.font.size * Self.justifiedMeasure)
            keepLinesInside(textWidth)
            hardenHyphenBreaks()
            keepLinesInside(textWidth)
        }
        return height(of: lineRange)
    }

    /// Replaces the soft hyphens Pango broke lines at with real hyphens and forced breaks, and
    /// drops the others, so text extraction finds the words whole (see
    /// `Markup.hardeningSoftHyphens`). Runs after the width is final: a soft hyphen that a later
    /// narrowing broke at would otherwise reach the text layer.
    private func hardenHyphenBreaks() {
        guard source.markup.utf8.contains(Markup.softHyphen[1]) else { return }
        let text = layout.textBytes
        var breaks = Set<Int>()
        for end in layout.lineEnds.dropLast() where end >= 2 && end <= text.count {
            if text[end - 2] == Markup.softHyphen[0] && text[end - 1] == Markup.softHyphen[1] {
                breaks.insert(end - 2)
            }
        }
        let hardened = source.hardeningSoftHyphens(at: breaks)
        layout.setMarkup(hardened.markup)
        links = hardened.links
        isHardened = true
    }

    /// The markup as given, soft hyphens and all, when an earlier width hardened some of them.
    private func restoreSource() {
        guard isHardened else { return }
        layout.setMarkup(source.markup)
        links = source.links
        isHardened = false
    }

    /// Pango 1.50 now and then lets a line broken inside a very long word (a glued URL, a run
    /// of letters) run a few points past the width. Laying out again a little narrower keeps
    /// every line inside the frame.
    private func keepLinesInside(_ textWidth: Double) {
        for attempt in 1...3 {
            let right = layout.lines.map { $0.x + $0.width }.max() ?? 0
            guard right > textWidth + 0.5 else { return }
            layout.setWidth(textWidth - (right - textWidth) * Double(attempt))
        }
    }

    private func height(of range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        let lines = layout.lines
        return lines[range.upperBound - 1].bottom - lines[range.lowerBound].top
    }

    /// Keeps at least two lines on each side (no orphans or widows); a paragraph of fewer than
    /// four lines never splits.
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? {
        let range = lineRange
        guard range.count >= 2 else { return nil }
        let lines = layout.lines
        let top = lines[range.lowerBound].top
        var fitting = 0
        for index in range where lines[index].bottom - top <= availableHeight + 0.01 {
            fitting = index - range.lowerBound + 1
        }
        // Two lines at least on each side: a paragraph of two or three lines moves whole.
        let minimum = 2
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
        canvas.structure(structureTag) {
            canvas.drawing.setColor(style.color)
            for index in range {
                layout.drawLine(index, in: canvas.drawing, x: left, top: y + lines[index].top - top)
            }
            canvas.addLinks(links, of: layout, shown: range, x: left, y: y)
        }
    }
}
