import BriefingModel

/// The plain-text article format: the first non-empty line is the title, the rest the body
/// (unless that line is a whole paragraph; see below).
/// Plain text carries no date, outlet or URL; those stay nil (a sidecar manifest may add them).
enum PlainTextArticle {
    /// Returns nil when the text holds nothing but white space.
    static func parse(_ text: String, id: String, path: String) -> Article? {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0).trimmedWhiteSpace }
            .map { $0.isEmpty ? $0 : BoilerplateCleaner.clean($0) }
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        // Some saved pages start with the lead paragraph, not a headline: then the headline is
        // the lead's first sentence, and the lead stays in the body.
        if TitleFromText.isParagraph(lines[titleIndex]),
           let title = TitleFromText.firstSentence(of: lines[titleIndex], maximumWords: 24) {
            let body = lines[titleIndex...].joined(separator: "\n").trimmedWhiteSpace
            return Article(id: id, title: title, body: body, path: path)
        }
        let body = lines[(titleIndex + 1)...].joined(separator: "\n").trimmedWhiteSpace
        return Article(id: id, title: lines[titleIndex], body: body, path: path)
    }
}
