import BriefingModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item or entry is one article.
///
/// Parsed with `XMLParser` (libxml2's SAX parser), which never resolves external entities; a
/// document that declares its own entities is refused before parsing, because that is how
/// entity-expansion bombs work and no real feed needs it.
enum FeedArticles {
    static func parse(_ text: String, file: ArticleFile) -> FileOutcome {
        if let refusal = DTDGuard.refusal(for: text) { return .failed(refusal) }
        let collector = FeedCollector()
        let parser = XMLParser(data: Data(XMLDeclaration.declaringUTF8(EmptyProcessingInstructions.padded(text)).utf8))
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        // On Linux `parse()` can return true after an error; the delegate's first error decides.
        let finished = parser.parse() || collector.rootClosed
        if let error = collector.firstError ?? (finished ? nil : XMLProblem(code: (parser.parserError as NSError?)?.code ?? 0,
                                                                            line: parser.lineNumber, column: parser.columnNumber)) {
            return .failed(FormatProblem("malformed XML: \(error.explanation)", line: error.line, column: error.column))
        }
        guard collector.sawFeed else {
            return .failed(FormatProblem("XML, but not an RSS or Atom feed (root element <\(collector.root ?? "?")>)"))
        }
        var outcome = FileOutcome()
        for (index, item) in collector.items.enumerated() {
            let id = item.id ?? "\(file.id)#\(index + 1)"
            let body = BoilerplateCleaner.clean(HTMLText.plain(item.content ?? item.description ?? ""))
            let title = item.title.map { TitleKicker.stripped(HTMLText.plain($0)) } ?? TitleFromText.firstSentence(of: body)
            guard let title, !(title.isEmpty && body.isEmpty) else {
                outcome.skipped.append(SkippedFile(path: file.path, reason: "item \(index + 1) has no title or text"))
                continue
            }
            let source = collector.channelTitle.map(HTMLText.plain) ?? host(of: item.link ?? collector.channelLink)
            // Only the item's own dates: a channel's pubDate or lastBuildDate says when the feed
            // was built, not when this item was published, so an undated item stays undated.
            let stamp = [item.published, item.updated].lazy
                .compactMap { $0.flatMap(MetadataDate.stamp(from:)) }.first
            outcome.articles.append(Article(id: id, title: title, body: body, date: stamp?.day,
                                            source: source, url: item.link, path: file.path, time: stamp?.time))
        }
        return outcome
    }

    static func host(of link: String?) -> String? {
        link.flatMap { URL(string: $0)?.host }
    }
}

/// The text reaches the parser as UTF-8 whatever the file was (it was decoded already), so an
/// `encoding="ISO-8859-1"` declaration must not make libxml2 decode it a second time.
enum XMLDeclaration {
    static func declaringUTF8(_ text: String) -> String {
        guard text.hasPrefix("<?xml"), let end = text.prefix(512).range(of: "?>"),
              let encoding = text[..<end.lowerBound].range(of: "encoding=") else { return text }
        let quote = text[encoding.upperBound]
        guard quote == "\"" || quote == "'",
              let close = text[text.index(after: encoding.upperBound)..<end.lowerBound].firstIndex(of: quote) else { return text }
        // Plain String slicing: Foundation's replacingCharacters would bridge the whole feed to NSString.
        return String(text[..<encoding.lowerBound]) + "encoding=\"UTF-8\"" + String(text[text.index(after: close)...])
    }
}

/// The first error libxml2 reported, with its position.
struct XMLProblem {
    let code: Int
    let line: Int
    let column: Int

    /// libxml2's error codes (xmlParserErrors) for the faults real files have.
    var explanation: String {
        switch code {
        case 4: return "the document is empty"
        case 5: return "the document ends before its elements are closed"
        case 9: return "a character that XML does not allow"
        case 26, 27: return "an entity that is not defined"
        case 38, 39, 40, 41: return "an attribute is not properly quoted or closed"
        case 73: return "'>' expected"
        case 76: return "an end tag does not match its start tag"
        case 89, 90: return "an entity loop or an entity expanding too far"
        default: return "not well-formed (libxml2 error \(code))"
        }
    }
}

/// One feed item or entry, as collected.
struct FeedItem {
    var id: String?
    var title: String?
    var link: String?
    /// When it was published, and (a fallback) when it was last changed.
    var published: String?
    var updated: String?
    var description: String?
    var content: String?
}

/// SAX delegate that collects items (RSS) and entries (Atom) by element name.
final class FeedCollector: NSObject, XMLParserDelegate {
    private(set) var items: [FeedItem] = []
    private(set) var channelTitle: String?
    private(set) var channelLink: String?
    private(set) var root: String?
    var sawFeed: Bool { root == "rss" || root == "feed" || root == "rdf:RDF" || root == "RDF" }

    private(set) var firstError: XMLProblem?
    /// Set once the root element's end tag is read.
    private(set) var rootClosed = false
    private var current: FeedItem?
    private var path: [String] = []
    /// One text buffer per open element. Inside rich content (Atom xhtml) a child's text is
    /// handed up to its parent, so `<content><div><p>…` yields the whole text.
    private var buffers: [String] = []
    private static let richText: Set<String> = ["content", "summary", "description", "content:encoded"]

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if root == nil { root = name }
        path.append(name)
        buffers.append("")
        if name == "item" || name == "entry" { current = FeedItem() }
        // Atom: <link rel="alternate" href="…"/>; the first alternate (or rel-less) link wins.
        if name == "link", let href = attributes["href"], attributes["rel"] == nil || attributes["rel"] == "alternate" {
            if current != nil {
                if current?.link == nil { current?.link = href }
            } else if channelLink == nil {
                channelLink = href
            }
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
        // Foundation on Linux reports a spurious internal error at the end of very large
        // documents (over ~50 MB), after the root element has closed: the feed is whole.
        if rootClosed { return }
        if firstError == nil {
            firstError = XMLProblem(code: (error as NSError).code, line: parser.lineNumber, column: parser.columnNumber)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        buffers[buffers.count - 1] += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        buffers[buffers.count - 1] += String(decoding: block, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let raw = buffers.removeLast()
        path.removeLast()
        if path.isEmpty { rootClosed = true }
        let parent = path.last
        if path.contains(where: Self.richText.contains), !buffers.isEmpty {
            buffers[buffers.count - 1] += raw + " "  // xhtml child: its text belongs to the content
            return
        }
        let value = raw.trimmedWhiteSpace
        if name == "item" || name == "entry" {
            if let item = current { items.append(item) }
            current = nil
            return
        }
        guard !value.isEmpty else { return }
        guard current != nil else {
            if parent == "channel" || parent == "feed" {
                if name == "title" && channelTitle == nil { channelTitle = value }
                if name == "link" && channelLink == nil { channelLink = value }
            }
            return
        }
        let inItem = parent == "item" || parent == "entry"
        switch name {
        case "title" where inItem: current?.title = value
        case "link" where inItem: if current?.link == nil { current?.link = value }
        case "guid" where inItem, "id" where inItem: current?.id = value
        case "pubDate", "published", "dc:date", "issued":
            if inItem, current?.published == nil { current?.published = value }
        case "updated", "modified", "dcterms:modified":
            if inItem, current?.updated == nil { current?.updated = value }
        case "description", "summary", "dc:description":
            if current?.description == nil { current?.description = value }
        case "content:encoded", "content":
            current?.content = value
        default:
            break
        }
    }
}

extension FileOutcome {
    static func failed(_ problem: FormatProblem) -> FileOutcome {
        FileOutcome(failure: problem)
    }
}
