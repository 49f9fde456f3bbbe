import BriefingModel
import BriefingSupport

/// Lays a `Briefing` out as pages and draws them into a PDF with Cairo and Pango.
///
/// Each call builds its own Pango context, surface and cairo context and drops them before it
/// returns, so a renderer value can be used from any task (one render per call).
public struct PDFRenderer: Sendable {
    public let style: Style
    /// Written to the PDF's Author field when set.
    public var author: String?

    public init(style: Style, author: String? = nil) {
        self.style = style
        self.author = author
    }

    /// Writes the PDF to `path` (the caller writes to a temporary path and renames it).
    /// `observer` hears the `layout` and `render` stages and each page drawn.
    public func render(_ briefing: Briefing, toPDF path: String, observer: StageObserver = .silent) throws {
        try DocumentRenderer(style: style).renderPDF(briefing, to: path, author: author, observer: observer)
    }

    /// Draws page `page` (1-based) as a PNG at `dpi` (e.g. 100 for a README picture). The
    /// layout is the PDF's: text breaks the same way.
    public func renderPNG(_ briefing: Briefing, page: Int, to path: String, dpi: Double = 100) throws {
        try DocumentRenderer(style: style).renderPNG(briefing, page: page, to: path, dpi: dpi)
    }

    /// Writes every chart of the briefing into `folder` as SVG and as PNG at `dpi`, named by
    /// order and section (`01-topics.svg`); returns the paths written. The folder must exist.
    public func writeCharts(_ briefing: Briefing, to folder: String, dpi: Double = 144) throws -> [String] {
        try DocumentRenderer(style: style).writeCharts(briefing, to: folder, dpi: dpi)
    }

    /// How many pages the briefing takes in this style.
    public func pageCount(of briefing: Briefing) -> Int {
        DocumentRenderer(style: style).paginate(briefing).count
    }
}
