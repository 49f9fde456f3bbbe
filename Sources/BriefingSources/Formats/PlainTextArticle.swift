import BriefingModel

/// The plain-text article format: the first non-empty line is the title, the rest the body.
/// Plain text carries no date, outlet or URL; those stay nil (a sidecar manifest may add them).
enum PlainTextArticle {
    /// Returns nil when the text holds nothing but white space.
    static func parse(_ text: String, id: String, path: String) -> Article? {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0).trimmedWhiteSpace }
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let body = lines[(titleIndex + 1)...].joined(separator: "\n").trimmedWhiteSpace
        return Article(id: id, title: lines[titleIndex], body: body, path: path)
    }
}
