/// The PDF outline (bookmarks) under construction: keeps the last entry of each level so a
/// level-2 heading nests under the level-1 heading before it.
final class DocumentOutline {
    private let surface: PDFSurface
    private var parents: [Int: Int32] = [:]

    init(surface: PDFSurface) { self.surface = surface }

    func add(title: String, level: Int, page: Int, x: Double, y: Double) {
        let parent = (1..<max(level, 1)).reversed().lazy.compactMap { self.parents[$0] }.first ?? 0
        let id = surface.addOutline(parent: parent, title: title, page: page, x: x, y: y,
                                    open: level <= 1)
        parents[level] = id
        parents = parents.filter { $0.key <= level }
    }
}
