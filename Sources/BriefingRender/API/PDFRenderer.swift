import BriefingModel

/// Lays a `Briefing` out as pages and draws them into a PDF with Cairo and Pango.
public struct PDFRenderer {
    public let style: Style

    public init(style: Style) { self.style = style }

    /// Writes the PDF to `path` (the caller writes to a temporary path and renames it).
    public func render(_ briefing: Briefing, toPDF path: String) throws {
        fatalError("not yet built")  // TODO(render helper)
    }
}
