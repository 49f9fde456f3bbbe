import Foundation

/// The schema.org article a page describes in `<script type="application/ld+json">`: headline,
/// datePublished, author, publisher, url. The first object whose `@type` is an article kind
/// wins; `@graph` lists and arrays are searched.
struct JSONLinkedData {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var url: String?

    init(_ scripts: [String]) {
        // Only a script that names an article kind can hold one: the others (breadcrumbs,
        // organisations, site search) are not parsed at all.
        for script in scripts where Self.articleTypeWords.contains(where: { script.hasBytes($0) }) {
            guard let value = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]),
                  let article = Self.article(in: value, depth: 0) else { continue }
            headline = ArticleRecord.text(article["headline"])
            datePublished = ArticleRecord.text(article["datePublished"]) ?? ArticleRecord.text(article["dateCreated"])
            author = Self.names(article["author"])
            publisher = ArticleRecord.text(article["publisher"])
            url = ArticleRecord.text(article["url"]) ?? ArticleRecord.text(article["mainEntityOfPage"])
            return
        }
    }

    static func article(in value: Any, depth: Int) -> [String: Any]? {
        guard depth < 4 else { return nil }
        if let object = value as? [String: Any] {
            if isArticle(object["@type"]) { return object }
            if let graph = object["@graph"] { return article(in: graph, depth: depth + 1) }
            return nil
        }
        if let array = value as? [Any] {
            return array.lazy.compactMap { article(in: $0, depth: depth + 1) }.first
        }
        return nil
    }

    /// What every `@type` `isArticle` accepts contains.
    static let articleTypeWords = ["Article", "BlogPosting", "Report"]

    static func isArticle(_ type: Any?) -> Bool {
        if let name = type as? String { return name.hasSuffix("Article") || name == "BlogPosting" || name == "Report" }
        if let names = type as? [Any] { return names.contains(where: isArticle) }
        return false
    }

    /// One name or several ("A and B"), from a string, a Person object or a list of them.
    static func names(_ value: Any?) -> String? {
        if let list = value as? [Any] {
            let names = list.compactMap { ArticleRecord.text($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return ArticleRecord.text(value)
    }
}
