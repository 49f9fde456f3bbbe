/// What an element's `class`, `id`, `role` and `itemprop` say about it: the words sites use for
/// boilerplate ("share", "related", "comments", "caption") and for the article itself
/// ("article", "content", "story", schema.org's `articleBody`).
///
/// readability scores containers by such words and boilerpipe and trafilatura drop sections by
/// them; the lists here were written by the project from the vocabulary of common CMS themes
/// (WordPress, Drupal, Arc, schema.org), not from any one site.
struct ElementHint: Equatable {
    /// readability-style weight: -25 for a boilerplate word, +25 for a content word, +50 more for
    /// schema.org's `articleBody`, which publishers set on exactly the article text.
    var weight = 0
    /// Inside the chosen article, a section with one of these words is left out.
    var isBoilerplate = false
    /// Never read: hidden from the reader, or page chrome by its ARIA role.
    var isHidden = false

    static let none = ElementHint()

    init() {}

    init(className: String?, id: String?, role: String?, itemprop: String?) {
        self.init(className: className.map(Self.valueHint), id: id.map(Self.valueHint), role: role, itemprop: itemprop)
    }

    /// From the hints of the class and id values, read once per distinct value (see `PageWalker`).
    init(className: ElementHint?, id: ElementHint?, role: String?, itemprop: String?) {
        if let itemprop, itemprop.lowercased().hasBytes("articlebody") { weight += 75 }
        if let role, Self.chromeRoles.contains(role.lowercased()) { isHidden = true }
        for part in [className, id] {
            guard let part else { continue }
            weight += part.weight
            isBoilerplate = isBoilerplate || part.isBoilerplate
            isHidden = isHidden || part.isHidden
        }
    }

    /// What one class or id value says. The value is split into lower-case words at anything but
    /// ASCII letters and digits ("c-article__share-bar" gives "c", "article", "share", "bar") and
    /// into class names at spaces, in one pass over its bytes: each distinct value of a page is
    /// read here once, and pages carry hundreds.
    static func valueHint(_ value: String) -> ElementHint {
        var value = value
        return value.withUTF8 { valueHint($0) }
    }

    static func valueHint(_ bytes: UnsafeBufferPointer<UInt8>) -> ElementHint {
        var hint = ElementHint()
        var boilerplate = false
        var content = false
        // Lower-cased copy on the stack, so words and class names are slices of one buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() { buffer[index] = byte >= 65 && byte <= 90 ? byte | 0x20 : byte }
            let lower = UnsafeBufferPointer(buffer)
            var tokenStart = 0
            var classStart = 0
            for index in 0...lower.count {
                let byte = index < lower.count ? lower[index] : 0x20
                if byte == 0x20 {
                    if !hint.isHidden, isHiddenClass(UnsafeBufferPointer(rebasing: lower[classStart..<index])) { hint.isHidden = true }
                    classStart = index + 1
                }
                if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) { continue }
                // Numbers ("post-14652030") and one-letter words say nothing and are most of an id's words.
                if index - tokenStart > 1, !(lower[tokenStart] >= 48 && lower[tokenStart] <= 57) {
                    let token = UnsafeBufferPointer(rebasing: lower[tokenStart..<index])
                    if !boilerplate && isBoilerplateToken(token) { boilerplate = true }
                    if !content && contentWordsByLength.contains(token) { content = true }
                }
                tokenStart = index + 1
            }
        }
        // Both kinds of word ("content-with-sidebar", "comment-body") say nothing, as in readability.
        if boilerplate && !content { hint.isBoilerplate = true; hint.weight -= 25 }
        if content && !boilerplate { hint.weight += 25 }
        return hint
    }

    static func isHiddenClass(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        hiddenClassesByLength.contains(name)
    }

    static func isBoilerplateToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        if boilerplateWordsByLength.contains(token) { return true }
        guard let first = token.first, boilerplatePrefixFirstBytes.contains(first) else { return false }
        return boilerplatePrefixBytes.contains { token.starts(with: $0) }
    }

    static let boilerplateWordsByLength = WordsByLength(boilerplateWords)
    static let contentWordsByLength = WordsByLength(contentWords)
    static let hiddenClassesByLength = WordsByLength(hiddenClasses)
    static let boilerplatePrefixFirstBytes = Set(boilerplatePrefixes.compactMap(\.utf8.first))
    static let boilerplatePrefixBytes = boilerplatePrefixes.map { Array($0.utf8) }

    /// Whole words that mark furniture.
    static let boilerplateWords: Set<String> = [
        "ad", "ads", "adv", "share", "sharing", "shares", "social", "related", "comment", "comments", "caption",
        "captions", "credit", "credits", "byline", "bylines", "breadcrumb", "breadcrumbs", "tags", "tag",
        "newsletter", "subscribe", "subscription", "signup", "promo", "promos", "popup", "modal", "cookie",
        "cookies", "consent", "recirc", "recirculation", "trending", "popular", "recommended", "recommendations",
        "sidebar", "nav", "navigation", "menu", "footer", "toolbar", "tools", "widget", "widgets", "sponsor",
        "sponsored", "outbrain", "taboola", "disqus", "author", "authors", "bio", "masthead", "dateline",
        "timestamp", "meta", "pagination", "pager", "print", "email",
        "follow", "rating", "reactions", "disclaimer", "correction", "copyright", "legal", "login", "paywall",
        "banner", "skip", "jump", "toc",
    ]
    /// Word beginnings that mark furniture ("advertisement", "sharebar", "newsletters").
    static let boilerplatePrefixes: [String] = [
        "advert", "sharebar", "newsletter", "subscri", "recommend", "comment", "caption", "breadcrumb", "byline",
        "promo", "sponsor", "related", "social", "footnote",
    ]
    static let contentWords: Set<String> = [
        "article", "articlebody", "content", "entry", "hentry", "main", "post", "text", "body", "story", "blog",
        "prose", "richtext",
    ]
    /// Whole class names that hide text from every reader, or keep it for screen readers only
    /// (labels like "Advertisement", "Share on Facebook"). Whole names, not words: Bootstrap's
    /// "hidden-xs" hides text on small screens only.
    static let hiddenClasses: Set<String> = [
        "hidden", "hide", "invisible", "offscreen", "visuallyhidden", "visually-hidden", "sr-only",
        "screen-reader-text", "screen-reader-only", "screenreader", "a11y-hidden", "u-hidden",
    ]
    static let chromeRoles: Set<String> = ["navigation", "complementary", "contentinfo", "banner", "menu", "dialog", "alert"]
}
