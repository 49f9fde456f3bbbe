import CLibXML2

/// Reads a page in one pass of libxml2's HTML SAX parser, in document order, into block-level
/// nodes, text blocks and the page's metadata signals.
///
/// SAX rather than a tree: the parser hands over each start tag, end tag and run of text and
/// builds nothing, which halves the cost of a page, and keeps memory to the text kept. The
/// parser closes every element it opens (implied and misnested ones included), so one stack of
/// open elements mirrors the page's structure. A non-Sendable class: the parser calls back into
/// it from the one task that reads the page.
final class PageWalker {
    private(set) var nodes: [PageNode] = []
    private(set) var blocks: [PageBlock] = []
    private(set) var signals = PageSignals()

    /// What each open element is to the walk, innermost last.
    private enum Opened {
        case plain
        case skipped
        case link
        case block(Int)
        case title
    }

    private var open: [Opened] = []
    /// Open block-level nodes. Past `maximumBlockDepth` blocks nest no further (their text joins
    /// the deepest node), so every walk up the tree is bounded on a hostile page nested 100,000 deep.
    private var blockDepth = 0
    static let maximumBlockDepth = 256
    /// Elements opened inside a skipped one (script, nav, a hidden div…): all ignored.
    private var skipDepth = 0
    /// The node that owns text being read now.
    private var openNode = -1
    private var linkDepth = 0
    private var buffer: [UInt8] = []
    private var linkBytes = 0
    private var titleText: [UInt8]?
    /// Pages repeat the same classes on hundreds of elements: each set of attributes is read once.
    private var hints: [UInt64: (bytes: [UInt8], hint: ElementHint)] = [:]

    /// Parses `bytes` (in the iconv-named `encoding`) and walks them; nil when libxml2 cannot
    /// start on them at all (an encoding it cannot convert).
    static func walk(_ bytes: UnsafeRawBufferPointer, encoding: String) -> PageWalker? {
        LibXML2Setup.ensure()
        guard bytes.count > 0, bytes.count < Int(Int32.max), let base = bytes.baseAddress,
              let context = htmlCreateMemoryParserCtxt(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count)) else {
            return nil
        }
        defer { htmlFreeParserCtxt(context) }
        // libxml2 reads UTF-8 as it is; a converter, even from UTF-8 to UTF-8, copies the page
        // through a second buffer. Only well-formed UTF-8 goes without one: at a broken byte
        // libxml2 would guess Latin-1 for the rest of the page.
        if encoding == "UTF-8" && PageCharset.isUTF8(bytes) {
            context.pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
        } else {
            guard let handler = xmlFindCharEncodingHandler(encoding), xmlSwitchToEncoding(context, handler) == 0 else { return nil }
        }
        let walker = PageWalker()
        var sax = htmlSAXHandler()
        sax.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<PageWalker>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
        }
        sax.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<PageWalker>.fromOpaque(context).takeUnretainedValue().end()
        }
        sax.characters = { context, characters, length in
            guard let context, let characters else { return }
            Unmanaged<PageWalker>.fromOpaque(context).takeUnretainedValue().text(characters, Int(length))
        }
        // Blank runs between elements are text too ("word</b> <b>word"); scripts' and styles'
        // raw text is dropped.
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = { _, _, _ in }
        context.pointee.sax.pointee = sax
        context.pointee.userData = Unmanaged.passUnretained(walker).toOpaque()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        _ = htmlCtxtUseOptions(context, options)
        _ = withExtendedLifetime(walker) { htmlParseDocument(context) }
        walker.flush()
        walker.creditAncestors()
        return walker
    }

    /// JSON-LD cut out before parsing (see `PagePruner`).
    func addJSONLD(_ scripts: [String]) { signals.jsonLD += scripts }

    private func start(_ name: UnsafePointer<xmlChar>, _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skipDepth > 0 {
            skipDepth += 1
            open.append(.skipped)
            return
        }
        let kind = kind(of: name)
        let tag = kind.name
        let attributes = ElementAttributes(pairs, keepAll: kind.isMetadata, readsHints: kind.isBlock)
        if !attributes.all.isEmpty { readMetadata(tag, attributes.all) }
        if kind.isBreak {
            buffer.append(0x0A)
            open.append(.plain)
            return
        }
        if kind.isTitle && titleText == nil && signals.titleElement == nil {
            titleText = []
            open.append(.title)
            return
        }
        if kind.isSkipped || attributes.isHidden {
            skipDepth = 1
            open.append(.skipped)
            return
        }
        if kind.isLink {
            linkDepth += 1
            open.append(.link)
            return
        }
        guard kind.isBlock, blockDepth < Self.maximumBlockDepth else {
            open.append(.plain)
            return
        }
        let hint = hint(for: attributes)
        if hint.isHidden {
            skipDepth = 1
            open.append(.skipped)
            return
        }
        flush()
        nodes.append(PageNode(tag: tag, parent: openNode, hint: hint))
        openNode = nodes.count - 1
        blockDepth += 1
        open.append(.block(openNode))
    }

    private func end() {
        guard let element = open.popLast() else { return }
        switch element {
        case .plain:
            break
        case .skipped:
            skipDepth -= 1
        case .link:
            linkDepth -= 1
        case .title:
            signals.titleElement = BlockText.normalised(titleText ?? [])
            titleText = nil
        case .block(let index):
            flush()
            blockDepth -= 1
            if nodes[index].tag == "h1", signals.firstHeading == nil, let heading = blocks.last, heading.owner == index {
                signals.firstHeading = heading.text
            }
            openNode = nodes[index].parent
        }
    }

    private func text(_ characters: UnsafePointer<xmlChar>, _ length: Int) {
        if skipDepth > 0 { return }
        if titleText != nil {
            titleText?.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
            return
        }
        let start = buffer.count
        buffer.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        // A newline in markup is a space; only `<br>` breaks a line.
        for index in start..<buffer.count where buffer[index] == 0x0A { buffer[index] = 0x20 }
        if linkDepth > 0 { linkBytes += buffer.count - start }
    }

    /// What the walk does with an element of this name. libxml2 hands every element name over
    /// from its dictionary (or as a constant for the elements it implies), so within one parse
    /// one name is one pointer: each distinct name is read and classified once, not per element.
    private struct TagKind {
        let name: String
        let isMetadata: Bool
        let isSkipped: Bool
        let isBlock: Bool
        let isBreak: Bool
        let isTitle: Bool
        let isLink: Bool
    }

    private var tagKinds: [UnsafePointer<xmlChar>: TagKind] = [:]

    private func kind(of name: UnsafePointer<xmlChar>) -> TagKind {
        if let known = tagKinds[name] { return known }
        let tag = String(cString: name)
        let kind = TagKind(name: tag, isMetadata: Self.metadataTags.contains(tag), isSkipped: Self.skippedTags.contains(tag),
                           isBlock: Self.blockTags.contains(tag), isBreak: tag == "br", isTitle: tag == "title", isLink: tag == "a")
        tagKinds[name] = kind
        return kind
    }

    private func hint(for attributes: ElementAttributes) -> ElementHint {
        ElementHint(className: attributes.className.map(valueHint), id: attributes.id.map(valueHint),
                    role: attributes.role, itemprop: attributes.itemprop)
    }

    /// A class or id value's hint, read once per distinct value of the page: pages repeat the
    /// same classes on hundreds of elements. Looked up by a hash of the value's bytes, and the
    /// bytes compared on a hit, so no Swift string is made for a value seen before.
    private func valueHint(_ value: UnsafePointer<xmlChar>) -> ElementHint {
        let bytes = UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        if let known = hints[hash], known.bytes.elementsEqual(bytes) { return known.hint }
        let hint = ElementHint.valueHint(bytes)
        if hints[hash] == nil { hints[hash] = (Array(bytes), hint) }
        return hint
    }

    /// Ends the current block: its text normalised (white space collapsed, `<br>` kept as a line
    /// break), measured, and credited to the node that holds it (`creditAncestors` passes the
    /// counts up once the page is read).
    private func flush() {
        defer {
            buffer.removeAll(keepingCapacity: true)
            linkBytes = 0
        }
        guard openNode >= 0, !buffer.isEmpty else { return }
        let text = BlockText.normalised(buffer)
        guard !text.isEmpty else { return }
        let characters = text.utf8.count
        let links = min(characters, linkBytes)
        var commas = 0
        var words = 1
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == 0x20 || byte == 0x0A { words += 1 }
        }
        blocks.append(PageBlock(text: text, owner: openNode, tag: nodes[openNode].tag, characters: characters,
                                linkCharacters: links, commas: commas, words: words))
        nodes[openNode].characters += characters
        nodes[openNode].linkCharacters += links
    }

    /// Every node's counts become those of all the text under it. A node comes after its parent
    /// in the list, so one pass from the end adds each finished node into its parent: linear in
    /// the nodes, where crediting each block to all its ancestors cost the page's depth per block.
    private func creditAncestors() {
        for index in nodes.indices.reversed() {
            let parent = nodes[index].parent
            guard parent >= 0 else { continue }
            nodes[parent].characters += nodes[index].characters
            nodes[parent].linkCharacters += nodes[index].linkCharacters
        }
    }

    private func readMetadata(_ tag: String, _ attributes: [String: String]) {
        switch tag {
        case "meta":
            for key in ["property", "name", "itemprop", "http-equiv"] {
                signals.addMeta(key: attributes[key], content: attributes["content"])
            }
        case "link":
            if attributes["rel"]?.lowercased() == "canonical", signals.canonical == nil { signals.canonical = attributes["href"] }
        default:
            guard let value = attributes["datetime"] ?? (tag == "time" ? nil : attributes["content"]), !value.isEmpty else { return }
            let marked = attributes["pubdate"] != nil || attributes["itemprop"]?.lowercased() == "datepublished"
                || (attributes["class"]?.lowercased().hasBytes("publish") ?? false)
            if marked { signals.publishedTimes.append(value) } else { signals.otherTimes.append(value) }
        }
    }

    /// Elements read for metadata.
    static let metadataTags: Set<String> = ["meta", "link", "time"]

    /// Never article text: code, media, forms' controls, page chrome, and figures (whose text is
    /// captions and credits).
    static let skippedTags: Set<String> = [
        "meta", "link", "script", "style", "noscript", "template", "svg", "math", "iframe",
        "object", "embed", "canvas", "video", "audio", "picture", "img", "button", "select", "option",
        "textarea", "input", "label", "nav", "aside", "footer", "figure", "figcaption", "dialog", "menu",
    ]

    /// Elements that start a new block of text.
    static let blockTags: Set<String> = [
        "html", "body", "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "address", "center", "details", "summary", "form", "fieldset", "hr", "caption",
    ]
}
