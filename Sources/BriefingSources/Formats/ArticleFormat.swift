import Foundation

/// The formats articles arrive in, told apart by content first and extension second: a feed
/// saved as `.txt` is still a feed, and a `.json` file that is really JSON Lines still reads.
enum ArticleFormat: Equatable {
    case plainText
    case markdown
    case json
    case jsonLines
    case feed
    /// A saved web page.
    case html

    /// Extensions that are never articles; such files are skipped without being opened.
    static let ignoredExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z",
        "doc", "docx", "xls", "xlsx", "ppt", "pptx", "mp3", "mp4", "mov", "wav", "exe", "so", "dylib", "bin",
        "toml", "yaml", "yml", "css", "js", "swift", "py",
    ]

    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]
    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]
    static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson", "jsonlines"]

    /// The format of a decoded file, or nil when its extension marks it as something else.
    static func detect(text: String, fileExtension: String) -> ArticleFormat? {
        if ignoredExtensions.contains(fileExtension) { return nil }
        let head = text.utf8.prefix(2048).drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        switch head.first {
        case UInt8(ascii: "<"):
            let opening = String(decoding: head.prefix(1024), as: UTF8.self)
            if opening.contains("<rss") || opening.contains("<feed") || opening.contains("<rdf:RDF")
                || (opening.hasPrefix("<?xml") && !opening.lowercased().contains("<html")) {
                return .feed
            }
            if htmlExtensions.contains(fileExtension) || looksLikeHTML(opening) { return .html }
        case UInt8(ascii: "{"):
            return JSONArticles.looksLikeLines(text, fileExtension: fileExtension) ? .jsonLines : .json
        case UInt8(ascii: "["):
            // A file named JSON Lines is read as such, whatever its lines hold: lines that are
            // no article records are then named, never taken for one plain-text article.
            if jsonLinesExtensions.contains(fileExtension) { return .jsonLines }
            if fileExtension == "json" || head.dropFirst().drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }).first == UInt8(ascii: "{") {
                return .json
            }
        default:
            break
        }
        if htmlExtensions.contains(fileExtension) { return .html }
        if markdownExtensions.contains(fileExtension) || FrontMatter.split(text) != nil { return .markdown }
        return .plainText
    }

    /// A web page by its extension or its opening bytes, told before the file is decoded (a
    /// page is parsed from its bytes in its own charset). A feed saved as `.html` stays a feed.
    static func isWebPage(_ data: Data, fileExtension: String) -> Bool {
        let head = data.prefix(1024)
        // Byte checks first, so that the many files that are no markup cost no string work.
        let opensWithMarkup = head.withUnsafeBytes { raw -> Bool in
            if raw.contains(0) { return false }  // UTF-16 or binary: the decoding path names it
            // The white space `trimmedWhiteSpace` skips.
            return raw.first { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) } == UInt8(ascii: "<")
        }
        guard opensWithMarkup else { return false }
        let opening = String(decoding: head, as: UTF8.self).trimmedWhiteSpace
        // Byte searches: Foundation's `contains` bridges through CFString on Linux.
        if opening.hasBytes("<rss") || opening.hasBytes("<feed") || opening.hasBytes("<rdf:RDF") { return false }
        if htmlExtensions.contains(fileExtension) { return true }
        let lower = opening.lowercased()
        return lower.hasPrefix("<!doctype html") || lower.hasBytes("<html") || lower.hasBytes("<head")
    }

    /// A page's opening: a doctype or `<html>`/`<head>` near the top (after comments, say).
    static func looksLikeHTML(_ opening: String) -> Bool {
        let lower = opening.lowercased()
        return lower.hasPrefix("<!doctype html") || lower.contains("<html") || lower.contains("<head")
    }
}
