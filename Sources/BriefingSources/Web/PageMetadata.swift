import BriefingModel
import Foundation

/// Title, publication date and time, outlet, address and author of a web page, from what the
/// page states about itself: Open Graph and article meta tags, schema.org JSON-LD, `<time>`,
/// the canonical link, and `<title>` and `<h1>` last.
struct PageMetadata {
    var title: String?
    var stamp: (day: Day, time: TimeOfDay?)?
    var source: String?
    var url: String?
    var author: String?

    init(_ signals: PageSignals) {
        let ld = JSONLinkedData(signals.jsonLD)
        let metas = signals.metas
        let siteName = metas["og:site_name"].map(Self.clean) ?? ld.publisher
        url = signals.canonical.flatMap(Self.absoluteURL) ?? metas["og:url"].flatMap(Self.absoluteURL) ?? ld.url
        source = siteName ?? url.flatMap(Self.domain)
        title = Self.title(signals, ld: ld, siteName: siteName)
        let dates = Self.publicationKeys.compactMap { metas[$0] } + [ld.datePublished].compactMap { $0 }
            + signals.publishedTimes + Self.fallbackKeys.compactMap { metas[$0] } + signals.otherTimes
        stamp = dates.lazy.compactMap(MetadataDate.stamp(from:)).first
        author = Self.authorKeys.lazy.compactMap { metas[$0] }.filter { !$0.hasPrefix("http") }.first.map(Self.byline)
            ?? ld.author
    }

    /// og:title, then the JSON-LD headline, the first `<h1>`, then `<title>`; the site's name
    /// is cut from whichever is used ("Storm hits coast | The Daily" → "Storm hits coast").
    static func title(_ signals: PageSignals, ld: JSONLinkedData, siteName: String?) -> String? {
        let candidates = [signals.metas["og:title"], signals.metas["twitter:title"], ld.headline, signals.firstHeading,
                          signals.titleElement]
        guard let raw = candidates.lazy.compactMap({ $0.map(clean) }).first(where: { !$0.isEmpty }) else { return nil }
        return withoutSiteName(raw, siteName: siteName)
    }

    /// Cuts " | Site", " - Site", " — Site" from a title: the part named like the site, or, when
    /// the site is unknown, a short last part after a bar.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let siteName, let last = parts.last, last.lowercased().contains(siteName.lowercased()) || siteName.lowercased().contains(last.lowercased()) {
                return parts.dropLast().joined(separator: separator)
            }
            if let siteName, let first = parts.first, first.lowercased() == siteName.lowercased() {
                return parts.dropFirst().joined(separator: separator)
            }
            if separator == " | ", let last = parts.last, last.split(separator: " ").count <= 4 {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }

    /// "By Jane Doe" → "Jane Doe".
    static func byline(_ text: String) -> String {
        let cleaned = clean(text)
        for prefix in ["By ", "by ", "BY "] where cleaned.hasPrefix(prefix) { return String(cleaned.dropFirst(prefix.count)) }
        return cleaned
    }

    static func clean(_ text: String) -> String { HTMLText.plain(text).replacingOccurrences(of: "\n", with: " ") }

    /// Only absolute http(s) addresses: a relative canonical names no page outside the file.
    static func absoluteURL(_ text: String) -> String? {
        let trimmed = text.trimmedWhiteSpace
        return trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") ? trimmed : nil
    }

    /// "https://www.example.com/x" → "example.com".
    static func domain(_ url: String) -> String? {
        guard let host = URL(string: url)?.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Meta keys that name the publication time, the most specific first.
    static let publicationKeys = [
        "article:published_time", "og:published_time", "article:published", "datepublished", "publishdate",
        "publish-date", "publish_date", "pubdate", "parsely-pub-date", "sailthru.date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "article.published", "date",
    ]
    /// Keys that name some date of the article, used when no publication time is given.
    static let fallbackKeys = ["dc.date", "dcterms.date", "article:modified_time", "og:updated_time", "datemodified", "lastmod"]
    static let authorKeys = ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"]
}
