import BriefingModel
import Foundation

/// The plain-text article format: the first non-empty line is the title, the rest the body.
/// Plain text carries no date, outlet or URL; those stay nil (a sidecar manifest may add them later).
enum PlainTextArticle {
    /// Returns nil when the text holds nothing but white space.
    static func parse(_ text: String, id: String, path: String) -> Article? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let titleIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return nil
        }
        let title = lines[titleIndex].trimmingCharacters(in: .whitespaces)
        let body = lines[(titleIndex + 1)...]
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return Article(id: id, title: title, body: body, path: path)
    }
}
