/// Why a briefing could not be drawn; messages name the output file.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// The output file could not be created (missing folder, no permission).
    case cannotCreate(path: String, reason: String)
    /// Cairo failed while drawing or writing.
    case cairo(path: String, reason: String)
    /// A page number outside the document was asked for.
    case noSuchPage(page: Int, pageCount: Int)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): return "\(path): cannot create the PDF: \(reason)"
        case .cairo(let path, let reason): return "\(path): drawing failed: \(reason)"
        case .noSuchPage(let page, let count): return "no page \(page): the briefing has \(count) pages"
        }
    }
}
