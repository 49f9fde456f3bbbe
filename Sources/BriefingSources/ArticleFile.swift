/// One file found under an input, with the id the evaluation contract gives it:
/// its path relative to the input folder, without extension, with `/` separators.
struct ArticleFile: Hashable, Sendable {
    /// The path as the user can find it (input folder joined with the relative path).
    let path: String
    let id: String
    /// The path relative to its input folder, for matching a sidecar manifest.
    let relativePath: String

    init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
        self.id = ArticleFile.id(forRelativePath: relativePath)
    }

    static func id(forRelativePath relative: String) -> String {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relative }
        let stripped = name.distance(from: dot, to: name.endIndex)
        return String(relative.dropLast(stripped))
    }

    var name: String { relativePath.split(separator: "/").last.map(String.init) ?? relativePath }

    var fileExtension: String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
