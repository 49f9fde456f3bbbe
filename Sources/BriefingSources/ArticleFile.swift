/// One file found under an input, with the id the evaluation contract gives it:
/// its path relative to the input folder, without extension, with `/` separators.
struct ArticleFile: Hashable, Sendable {
    /// The path as the user can find it (input folder joined with the relative path).
    let path: String
    let id: String

    /// The extensions read as plain-text articles; a file without extension is read as text too.
    static let plainTextExtensions: Set<String> = ["txt", "text"]

    init(path: String, relativePath: String) {
        self.path = path
        self.id = ArticleFile.id(forRelativePath: relativePath)
    }

    static func id(forRelativePath relative: String) -> String {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return relative }
        let stripped = name.distance(from: dot, to: name.endIndex)
        return String(relative.dropLast(stripped))
    }

    var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    var isPlainText: Bool {
        fileExtension.isEmpty || ArticleFile.plainTextExtensions.contains(fileExtension)
    }
}
