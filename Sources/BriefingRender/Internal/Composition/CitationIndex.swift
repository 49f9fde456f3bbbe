import BriefingModel

/// Numbers the articles as the Sources list does and writes citations like "[1, 3]" whose
/// numbers link to the list.
///
/// Two ways of numbering: every article in briefing order (a full briefing lists them all), or
/// -- for a briefing that lists only the articles it cites -- in the order they are first cited,
/// so the list is short and its numbers run 1, 2, 3 down the document.
struct CitationIndex {
    private var numbers: [String: Int] = [:]
    /// Article ids by number (number 1 at index 0).
    private(set) var numbered: [String] = []
    /// Numbers are handed out on first citation, not up front.
    let onFirstCitation: Bool

    init(articles: [ArticleDigest], onFirstCitation: Bool = false) {
        self.onFirstCitation = onFirstCitation
        guard !onFirstCitation else { return }
        for article in articles where numbers[article.id] == nil {
            numbered.append(article.id)
            numbers[article.id] = numbered.count
        }
    }

    func number(of id: String) -> Int? { numbers[id] }

    /// The named destination of source `number` in the PDF.
    static func destination(_ number: Int) -> String { "source-\(number)" }

    /// The sorted, de-duplicated numbers of `ids`, at most `limit` (numbered first-cited ids
    /// count before new ones); unknown ids are skipped, or numbered when numbering on citation.
    mutating func numbers(of ids: [String], limit: Int = .max) -> [Int] {
        var found = Set(ids.compactMap { numbers[$0] })
        if onFirstCitation {
            for id in ids where found.count < limit && numbers[id] == nil {
                numbered.append(id)
                numbers[id] = numbered.count
                found.insert(numbered.count)
            }
        }
        return Array(found).sorted().prefix(limit).map { $0 }
    }

    /// Appends " [1, 3]" (nothing when no id is known); each number links to its source.
    /// At most `limit` numbers, then "…".
    mutating func appendCitation(of ids: [String], to markup: inout Markup, color: StyleColor,
                                 leadingSpace: Bool = true, limit: Int = 12) {
        let distinct = Set(ids).count
        let found = numbers(of: ids, limit: limit)
        guard !found.isEmpty else { return }
        let open = "<span foreground=\"\(color)\">"
        let close = "</span>"
        if leadingSpace { markup.append(" ") }
        markup.append("[", open: open, close: close)
        for (index, number) in found.enumerated() {
            if index > 0 { markup.append(", ", open: open, close: close) }
            markup.link(String(number), to: Self.destination(number), open: open, close: close)
        }
        // A no-break space: "…]" never starts a line of its own.
        if distinct > found.count { markup.append(",\u{00A0}…", open: open, close: close) }
        markup.append("]", open: open, close: close)
    }
}
