import BriefingModel

/// Numbers the articles as the Sources list does (1, 2, 3 … in briefing order) and writes
/// citations like "[1, 3]" whose numbers link to the list.
struct CitationIndex {
    private let numbers: [String: Int]

    init(articles: [ArticleDigest]) {
        var numbers: [String: Int] = [:]
        for (index, article) in articles.enumerated() where numbers[article.id] == nil {
            numbers[article.id] = index + 1
        }
        self.numbers = numbers
    }

    func number(of id: String) -> Int? { numbers[id] }

    /// The named destination of source `number` in the PDF.
    static func destination(_ number: Int) -> String { "source-\(number)" }

    /// The sorted, de-duplicated numbers of `ids` (unknown ids are skipped).
    func numbers(of ids: [String]) -> [Int] {
        Array(Set(ids.compactMap { numbers[$0] })).sorted()
    }

    /// Appends " [1, 3]" (nothing when no id is known); each number links to its source.
    /// At most `limit` numbers, then "…".
    func appendCitation(of ids: [String], to markup: inout Markup, color: StyleColor,
                        leadingSpace: Bool = true, limit: Int = 12) {
        let found = numbers(of: ids)
        guard !found.isEmpty else { return }
        let open = "<span foreground=\"\(color)\">"
        let close = "</span>"
        if leadingSpace { markup.append(" ") }
        markup.append("[", open: open, close: close)
        for (index, number) in found.prefix(limit).enumerated() {
            if index > 0 { markup.append(", ", open: open, close: close) }
            markup.link(String(number), to: Self.destination(number), open: open, close: close)
        }
        // A no-break space: "…]" never starts a line of its own.
        if found.count > limit { markup.append(",\u{00A0}…", open: open, close: close) }
        markup.append("]", open: open, close: close)
    }
}
