import BriefingModel

/// Lines a site prints on every page (a promo teaser, a "have your say" notice), found by
/// repetition across the records of one file: boilerplate detection at the template level, as
/// boilerpipe's and jusText's authors describe for pages of one site. A line is template when a
/// tenth or more of the file's records carry it word for word; a news sentence that a few
/// follow-up stories repeat stays.
enum TemplateLines {
    /// Too few records say nothing about a template.
    static let minimumRecords = 20
    /// Share of records a line must appear in: far above how often a background sentence recurs
    /// across a topic's follow-ups, far below how often a page template repeats (every page).
    static let templateShare = 0.1
    /// Short lines ("Reuters", "Washington") recur for honest reasons; only sentences are judged.
    static let minimumWords = 4

    static func remove(from articles: inout [Article]) {
        guard articles.count >= minimumRecords else { return }
        var counts: [Substring: Int] = [:]
        for article in articles {
            var seen = Set<Substring>()
            for line in article.body.split(separator: "\n") where isSentence(line) && seen.insert(line).inserted {
                counts[line, default: 0] += 1
            }
        }
        let threshold = max(5, Int((Double(articles.count) * templateShare).rounded(.up)))
        let template = Set(counts.filter { $0.value >= threshold }.keys)
        guard !template.isEmpty else { return }
        for index in articles.indices {
            let lines = articles[index].body.split(separator: "\n")
            guard lines.contains(where: template.contains) else { continue }
            articles[index].body = lines.filter { !template.contains($0) }.joined(separator: "\n")
        }
    }

    static func isSentence(_ line: Substring) -> Bool {
        var words = 1
        for byte in line.utf8 where byte == 0x20 {
            words += 1
            if words >= minimumWords { return true }
        }
        return false
    }
}
