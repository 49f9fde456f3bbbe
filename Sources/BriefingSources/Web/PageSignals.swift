/// The metadata a page states about itself, gathered while its tree is walked: `<meta>` values,
/// the canonical link, `<title>`, the first `<h1>`, `<time datetime>` values and JSON-LD blocks.
struct PageSignals {
    /// `<meta property|name|itemprop=… content=…>`, keys lower-cased, first value kept.
    var metas: [String: String] = [:]
    var canonical: String?
    var titleElement: String?
    var firstHeading: String?
    /// `datetime` of `<time>` elements (and of elements with `itemprop=datePublished`), in order;
    /// those marked as the publication time first.
    var publishedTimes: [String] = []
    var otherTimes: [String] = []
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []

    mutating func addMeta(key: String?, content: String?) {
        guard let key, let content, !content.isEmpty else { return }
        let lower = key.lowercased()
        if metas[lower] == nil { metas[lower] = content }
    }
}
