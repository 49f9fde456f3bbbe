import CCairo

/// Owns a cairo PDF surface: pages, document metadata and the outline (bookmarks).
///
/// Not `Sendable`: a surface and the `DrawingContext` drawing on it stay inside one task.
final class PDFSurface {
    let handle: OpaquePointer

    init(path: String, width: Double, height: Double) throws {
        handle = try SurfaceStatus.created(cairo_pdf_surface_create(path, width, height), path: path)
    }

    deinit { cairo_surface_destroy(handle) }

    enum Metadata {
        case title, author, subject, keywords, creator, createDate

        var cValue: cairo_pdf_metadata_t {
            switch self {
            case .title: return CAIRO_PDF_METADATA_TITLE
            case .author: return CAIRO_PDF_METADATA_AUTHOR
            case .subject: return CAIRO_PDF_METADATA_SUBJECT
            case .keywords: return CAIRO_PDF_METADATA_KEYWORDS
            case .creator: return CAIRO_PDF_METADATA_CREATOR
            case .createDate: return CAIRO_PDF_METADATA_CREATE_DATE
            }
        }
    }

    func set(_ key: Metadata, _ value: String) {
        cairo_pdf_surface_set_metadata(handle, key.cValue, value)
    }

    /// The label viewers show for the current page (set before the page is shown).
    func setPageLabel(_ label: String) {
        cairo_pdf_surface_set_page_label(handle, label)
    }

    /// Adds a bookmark pointing at `page` (1-based) and `y` from the top; returns its id, the
    /// parent for deeper levels. `parent` 0 is the root.
    @discardableResult
    func addOutline(parent: Int32, title: String, page: Int, x: Double, y: Double, open: Bool) -> Int32 {
        let attributes = "page=\(page) pos=[\(Self.number(x)) \(Self.number(y))]"
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
        return cairo_pdf_surface_add_outline(handle, parent, title, attributes, flags)
    }

    /// Writes the file; cairo reports write errors only here.
    func finish(path: String) throws {
        try SurfaceStatus.finish(handle, path: path)
    }

    /// Attribute numbers in the C locale (a dot, never a comma).
    static func number(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
