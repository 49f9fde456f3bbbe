/// What a flowable draws on: the cairo context of the current page and the document-wide
/// services (text layouts, outline, link destinations) that drawing may use.
final class PageCanvas {
    let drawing: DrawingContext
    let text: TextContext
    let style: Style
    /// 1-based.
    let pageNumber: Int
    let outline: DocumentOutline?
    /// Link and destination tags are only written to PDF output.
    let tagsEnabled: Bool

    init(drawing: DrawingContext, text: TextContext, style: Style, pageNumber: Int,
         outline: DocumentOutline?, tagsEnabled: Bool) {
        self.drawing = drawing
        self.text = text
        self.style = style
        self.pageNumber = pageNumber
        self.outline = outline
        self.tagsEnabled = tagsEnabled
    }

    /// A named destination at (x, y) for internal links (`dest='name'`).
    func addDestination(_ name: String, x: Double, y: Double) {
        guard tagsEnabled else { return }
        drawing.tagBegin("cairo.dest", attributes:
            "name='\(name)' x=\(PDFSurface.number(x)) y=\(PDFSurface.number(y))")
        drawing.tagEnd("cairo.dest")
    }

    /// A clickable rectangle jumping to a named destination.
    func addLink(to destination: String, x: Double, y: Double, width: Double, height: Double) {
        guard tagsEnabled, width > 0, height > 0 else { return }
        let rect = [x, y, width, height].map(PDFSurface.number).joined(separator: " ")
        drawing.tagBegin("Link", attributes: "dest='\(destination)' rect=[\(rect)]")
        drawing.tagEnd("Link")
    }
}
