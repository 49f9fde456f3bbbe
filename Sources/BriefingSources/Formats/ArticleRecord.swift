import BriefingModel
import BriefingSupport
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

    var title: String? { string(Self.titleKeys).map(HTMLText.decodeEntities).map(TreebankText.restore).map(TitleKicker.stripped) }
    /// Tokenised research text ("officials say , -LRB- on Monday -RRB- .") is restored to prose.
    var body: String? { string(Self.bodyKeys).map(HTMLText.plain).map(TreebankText.restore).map(BoilerplateCleaner.clean) }
    var source: String? { string(Self.sourceKeys) }
    var url: String? { string(Self.urlKeys) }
    var ownID: String? { string(Self.idKeys) }

    /// The first date field that parses, with its clock time when it writes one; numbers are
    /// Unix timestamps.
    var stamp: (day: Day, time: TimeOfDay?)? {
        for key in Self.dateKeys {
            switch fields[key] {
            case let text as String: if let stamp = MetadataDate.stamp(from: text) { return stamp }
            case let number as NSNumber: if let stamp = MetadataDate.stamp(from: number.stringValue) { return stamp }
            case let date as Date: return (Day(date), Self.utcTime(date))
            default: continue
            }
        }
        return nil
    }

    /// The UTC clock time of a date YAML front matter parsed (its day is the UTC day too, so the
    /// two agree). YAML reads a bare `2024-12-05` as midnight UTC, so exactly midnight is taken
    /// for "no time given" rather than invent 00:00 for every dated post.
    static func utcTime(_ date: Date) -> TimeOfDay? {
        let seconds = date.timeIntervalSince1970 - (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        guard seconds > 0 else { return nil }
        return TimeOfDay(hour: Int(seconds) / 3600, minute: Int(seconds) % 3600 / 60)
    }

    /// The article, or nil when the record has no text at all.
    func article(id: String, path: String) -> Article? {
        let body = self.body ?? ""
        guard let title = title ?? TitleFromText.firstSentence(of: body), !(title.isEmpty && body.isEmpty) else {
            return nil
        }
        let stamp = self.stamp
        return Article(id: id, title: title, body: body, date: stamp?.day, source: source, url: url, path: path,
                       time: stamp?.time)
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
