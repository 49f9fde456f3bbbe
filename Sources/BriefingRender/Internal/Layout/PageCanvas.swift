/// What a flowable draws on: the cairo context of the current page and the document-wide
/// services (text layouts, outline, link destinations) that drawing may use.
final class PageCanvas {
    let drawing: DrawingContext
    let text: TextContext
    let style: Style
    /// 1-based.
    let pageNumber: Int
    let outline: DocumentOutline?
    /// Link, destination and structure tags are only written to PDF output.
    let tagsEnabled: Bool
    /// Where figures' alternative texts go (PDF output only).
    let figureTexts: FigureTexts?

    init(drawing: DrawingContext, text: TextContext, style: Style, pageNumber: Int,
         outline: DocumentOutline?, tagsEnabled: Bool, figureTexts: FigureTexts? = nil) {
        self.drawing = drawing
        self.text = text
        self.style = style
        self.pageNumber = pageNumber
        self.outline = outline
        self.tagsEnabled = tagsEnabled
        self.figureTexts = figureTexts
    }

    /// A named destination at (x, y) for internal links (`dest='name'`).
    func addDestination(_ name: String, x: Double, y: Double) {
        guard tagsEnabled else { return }
        drawing.tagBegin("cairo.dest", attributes:
            "name='\(Self.quoted(name))' x=\(PDFSurface.number(x)) y=\(PDFSurface.number(y))")
        drawing.tagEnd("cairo.dest")
    }

    /// Draws `body` inside a PDF structure element (`P`, `H1`, `Table`, `TR`, `TD`, `L`, `LI`,
    /// `Figure`...), so screen readers and reflowing viewers see headings, paragraphs, lists and
    /// tables rather than loose text. Only in PDF output, and only properly nested.
    func structure(_ tag: String, _ body: () -> Void) {
        guard tagsEnabled else { return body() }
        drawing.tagBegin(tag, attributes: "")
        body()
        drawing.tagEnd(tag)
    }

    /// Draws `body` as a `Figure` whose alternative text is `altText`.
    func figure(altText: String, _ body: () -> Void) {
        structure("Figure", body)
        if tagsEnabled { figureTexts?.append(altText) }
    }

    /// A clickable rectangle jumping to a named destination.
    func addLink(to destination: String, x: Double, y: Double, width: Double, height: Double) {
        addLink(to: destination, rects: [(x, y, width, height)])
    }

    /// Clickable rectangles (one per line of a wrapped link) jumping to a named destination.
    func addLink(to destination: String, rects: [(x: Double, y: Double, width: Double, height: Double)]) {
        link(target: "dest='\(Self.quoted(destination))'", rects: rects)
    }

    /// Clickable rectangles opening a web address; only http, https and mailto (`LinkScheme`).
    func addLink(toURL url: String, rects: [(x: Double, y: Double, width: Double, height: Double)]) {
        guard LinkScheme.isClickable(url) else { return }
        link(target: "uri='\(Self.quoted(url))'", rects: rects)
    }

    /// Makes each span of `links` in `layout` clickable on the lines drawn (`shown`), with the
    /// layout's origin at (`x`, `y`); one place for paragraphs and table cells alike.
    func addLinks(_ links: [LinkSpan], of layout: TextLayout, shown: Range<Int>, x: Double, y: Double) {
        guard tagsEnabled else { return }
        for span in links {
            let rects = layout.rects(covering: span.bytes, shown: shown)
                .map { (x: x + $0.x, y: y + $0.y, width: $0.width, height: $0.height) }
            guard !rects.isEmpty else { continue }
            if span.external {
                addLink(toURL: span.destination, rects: rects)
            } else {
                addLink(to: span.destination, rects: rects)
            }
        }
    }

    private func link(target: String, rects: [(x: Double, y: Double, width: Double, height: Double)]) {
        let shown = rects.filter { $0.width > 0 && $0.height > 0 }
        guard tagsEnabled, !shown.isEmpty else { return }
        let numbers = shown.flatMap { [$0.x, $0.y, $0.width, $0.height] }.map(PDFSurface.number)
        drawing.tagBegin("Link", attributes: "\(target) rect=[\(numbers.joined(separator: " "))]")
        drawing.tagEnd("Link")
    }

    /// A cairo attribute string value: backslashes and single quotes escaped.
    static func quoted(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
