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
        // The JSON-LD is parsed only when the meta tags leave a field open: most pages state
        // everything in both, and parsing it was a third of the metadata's cost.
        var parsed: JSONLinkedData?
        func ld() -> JSONLinkedData {
            if let parsed { return parsed }
            let value = JSONLinkedData(signals.jsonLD)
            parsed = value
            return value
        }
        let metas = signals.metas
        let siteName = metas["og:site_name"].map(Self.clean) ?? ld().publisher
        url = signals.canonical.flatMap(Self.absoluteURL) ?? metas["og:url"].flatMap(Self.absoluteURL) ?? ld().url
        source = siteName ?? url.flatMap(Self.domain)
        title = Self.title(signals, headline: { ld().headline }, siteName: siteName ?? url.flatMap(Self.domain).flatMap(Self.domainName))
        // In order: the publication-time metas, the JSON-LD's, `<time>` marked as published,
        // then any other date of the article.
        stamp = Self.firstStamp(Self.publicationKeys.compactMap { metas[$0] })
            ?? Self.firstStamp([ld().datePublished].compactMap { $0 })
            ?? Self.firstStamp(signals.publishedTimes + Self.fallbackKeys.compactMap { metas[$0] } + signals.otherTimes)
        author = (Self.authorKeys.lazy.compactMap { metas[$0] }.filter { !$0.hasPrefix("http") }.first ?? ld().author)
            .map(Self.byline)
    }

    /// The first value that reads as a date in a plausible year: CMS placeholders
    /// ("0001-01-01T00:00:00") are no date.
    static func firstStamp(_ values: [String]) -> (day: Day, time: TimeOfDay?)? {
        values.lazy.compactMap(MetadataDate.stamp(from:)).first { plausibleYears.contains($0.day.year) }
    }

    /// og:title, then the JSON-LD headline, the first `<h1>`, then `<title>`; the site's name
    /// is cut from whichever is used ("Storm hits coast | The Daily" → "Storm hits coast").
    static func title(_ signals: PageSignals, headline: () -> String?, siteName: String?) -> String? {
        for candidate in [signals.metas["og:title"], signals.metas["twitter:title"]] {
            if let text = candidate.map(clean), !text.isEmpty { return TitleKicker.stripped(withoutSiteName(text, siteName: siteName)) }
        }
        let rest = [headline(), signals.firstHeading, signals.titleElement]
        guard let raw = rest.lazy.compactMap({ $0.map(clean) }).first(where: { !$0.isEmpty }) else { return nil }
        return TitleKicker.stripped(withoutSiteName(raw, siteName: siteName))
    }

    /// Cuts " | Site", " - Site", " — Site" from a title: the part named like the site, or, when
    /// the site is unknown, a short last part after a bar.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] where title.hasBytes(separator) {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let siteName, let last = parts.last, last.split(separator: " ").count <= 6, sameName(last, siteName) {
                return parts.dropLast().joined(separator: separator)
            }
            if let siteName, let first = parts.first, first.split(separator: " ").count <= 4, sameName(first, siteName) {
                return parts.dropFirst().joined(separator: separator)
            }
            if separator == " | ", let last = parts.last, last.split(separator: " ").count <= 4 {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return title
    }

    /// "The Daily Example" and "dailyexample" name the same site: letters and digits compared.
    static func sameName(_ part: String, _ site: String) -> Bool {
        let a = part.lowercased().filter { $0.isLetter || $0.isNumber }
        let b = site.lowercased().filter { $0.isLetter || $0.isNumber }
        guard !a.isEmpty, !b.isEmpty else { return false }
        return a.hasBytes(b) || b.hasBytes(a)
    }

    /// The name part of a domain: "coasttimes.example" → "coasttimes", "news.bbc.co.uk" → "bbc".
    static func domainName(_ domain: String) -> String? {
        let labels = domain.split(separator: ".").filter { !["www", "com", "co", "org", "net", "uk", "news", "edition"].contains($0) }
        return labels.max(by: { $0.count < $1.count }).map(String.init)
    }

    /// "By Jane Doe" → "Jane Doe".
    static func byline(_ text: String) -> String {
        let cleaned = clean(text)
        for prefix in ["By ", "by ", "BY "] where cleaned.hasPrefix(prefix) { return String(cleaned.dropFirst(prefix.count)) }
        return cleaned
    }

    static func clean(_ text: String) -> String {
        let plain = HTMLText.plain(text)
        // Foundation's replacing is slow on Linux; nearly every value is one line already.
        return plain.utf8.contains(0x0A) ? String(decoding: plain.utf8.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self) : plain
    }

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

    /// Years a web page can have been published in.
    static let plausibleYears = 1990...2100

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
