/// One file found under an input, with the id the evaluation contract gives it:
/// its path relative to the input folder, without extension, with `/` separators.
struct ArticleFile: Hashable, Sendable {
    /// The path as the user can find it (input folder joined with the relative path).
    let path: String
    let id: String
    /// The path relative to its input folder, for matching a sidecar manifest.
    let relativePath: String
    /// The extension, lower-cased ("" without one). Why stored: every reader of a file asks
    /// for it several times, and working it out again each time was a noticeable share of
    /// reading a large corpus.
    let fileExtension: String

    init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
        self.id = ArticleFile.id(forRelativePath: relativePath)
        self.fileExtension = ArticleFile.fileExtension(ofName: ArticleFile.name(of: relativePath))
    }

    static func id(forRelativePath relative: String) -> String {
        let name = Self.name(of: relative)
        guard let dot = extensionDot(in: name) else { return relative }
        let stripped = name.distance(from: dot, to: name.endIndex)
        return String(relative.dropLast(stripped))
    }

    var name: String { Self.name(of: relativePath) }

    /// The last component of a relative path.
    static func name(of relative: String) -> String {
        relative.split(separator: "/").last.map(String.init) ?? relative
    }

    static func fileExtension(ofName name: String) -> String {
        guard let dot = extensionDot(in: name) else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The dot before a file name's extension; none in a name with no dot or only a leading
    /// one (".profile").
    static func extensionDot(in name: String) -> String.Index? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return dot
    }
}
