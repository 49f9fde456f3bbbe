import BriefingModel
import Foundation

/// One article as a set of named fields, however its format spells them: news-please JSON
/// (`maintext`, `date_publish`, `source_domain`), generic JSON Lines (`id`, `time`, `text`), or
/// Markdown front matter (`title`, `date`, `source`, `url`). Each format fills a dictionary; this
/// type decides which field wins, so every format reads the same way.
struct ArticleRecord {
    let fields: [String: Any]

    /// Field names in order of preference.
    static let titleKeys = ["title", "headline", "title_page", "title_rss"]
    static let bodyKeys = ["maintext", "text", "content", "body", "article", "description", "summary"]
    static let dateKeys = ["date_publish", "published", "datePublished", "published_at", "pubDate", "date", "time",
                           "date_modify", "updated"]
    static let sourceKeys = ["source_domain", "source", "outlet", "publisher", "site_name"]
    static let urlKeys = ["url", "link", "canonical_url"]
    static let idKeys = ["id", "guid"]

    func string(_ keys: [String]) -> String? {
        for key in keys {
            if let text = Self.text(fields[key]) { return text }
        }
        return nil
    }

    var title: String? { string(Self.titleKeys).map(HTMLText.decodeEntities) }
    var body: String? { string(Self.bodyKeys).map(HTMLText.plain) }
    var source: String? { string(Self.sourceKeys) }
    var url: String? { string(Self.urlKeys) }
    var ownID: String? { string(Self.idKeys) }

    /// The first date field that parses; numbers are Unix timestamps.
    var date: Day? {
        for key in Self.dateKeys {
            switch fields[key] {
            case let text as String: if let day = MetadataDate.day(from: text) { return day }
            case let number as NSNumber: if let day = MetadataDate.day(from: number.stringValue) { return day }
            case let date as Date: return Day(date)
            default: continue
            }
        }
        return nil
    }

    /// The article, or nil when the record has no text at all.
    func article(id: String, path: String) -> Article? {
        let body = self.body ?? ""
        guard let title = title ?? TitleFromText.firstSentence(of: body), !(title.isEmpty && body.isEmpty) else {
            return nil
        }
        return Article(id: id, title: title, body: body, date: date, source: source, url: url, path: path)
    }

    /// Strings, trimmed; the placeholders scrapers write for "nothing" ("None", "null") are nothing.
    static func text(_ value: Any?) -> String? {
        let raw: String
        switch value {
        case let string as String: raw = string
        case let dictionary as [String: Any]: return text(dictionary["name"] ?? dictionary["title"])
        case let number as NSNumber: raw = number.stringValue
        default: return nil
        }
        let trimmed = raw.trimmedWhiteSpace
        return trimmed.isEmpty || trimmed == "None" || trimmed == "null" ? nil : trimmed
    }
}

/// A title for records that carry none (JSON Lines corpora such as Timeline17): the first
/// sentence of the text, cut at a word boundary.
enum TitleFromText {
    static func firstSentence(of text: String, maximumWords: Int = 14) -> String? {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        var words: [Substring] = []
        for word in firstLine.split(separator: " ") {
            words.append(word)
            if word.last == "." || word.last == "?" || word.last == "!" || words.count == maximumWords { break }
        }
        guard !words.isEmpty else { return nil }
        let sentence = words.joined(separator: " ")
        return words.count == maximumWords && !(sentence.last?.isPunctuation ?? false) ? sentence + " …" : sentence
    }
}
