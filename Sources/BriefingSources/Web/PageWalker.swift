import CLibXML2

/// Walks a parsed page once, in document order, into block-level nodes, text blocks and the
/// page's metadata signals. The walk is iterative (sibling and parent pointers, no recursion),
/// so nesting depth costs no stack.
struct PageWalker {
    private(set) var nodes: [PageNode] = []
    private(set) var blocks: [PageBlock] = []
    private(set) var signals = PageSignals()

    /// The node that owns text being read now, and the open inline links.
    private var openNode = -1
    private var linkDepth = 0
    private var buffer: [UInt8] = []
    private var linkBytes = 0
    /// Block-level elements opened, so leaving one restores its parent as the owner.
    private var openedBlock: [xmlNodePtr: Int] = [:]
    private var openedLinks: Set<xmlNodePtr> = []

    static func walk(_ document: HTMLDocument) -> PageWalker {
        var walker = PageWalker()
        guard let root = document.root else { return walker }
        walker.run(from: root)
        return walker
    }

    /// JSON-LD cut out before parsing (see `PagePruner`).
    mutating func addJSONLD(_ scripts: [String]) { signals.jsonLD += scripts }

    private mutating func run(from root: xmlNodePtr) {
        var current: xmlNodePtr? = root
        while let node = current {
            if enter(node), let child = node.pointee.children {
                current = child
                continue
            }
            var done = node
            current = nil
            while done != root {
                if let next = done.pointee.next {
                    current = next
                    break
                }
                guard let parent = done.pointee.parent else { break }
                leave(parent)
                done = parent
            }
        }
        flush()
    }

    /// Reads one node; true when its children should be walked.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        if node.isText {
            if let content = node.pointee.content { append(content) }
            return false
        }
        guard node.isElement else { return false }
        let tag = node.tagName
        if Self.metadataTags.contains(tag) { readMetadata(node, tag: tag) }
        if tag == "br" {
            buffer.append(0x0A)
            return false
        }
        if Self.skippedTags.contains(tag) { return false }
        let attributes = ElementAttributes(node)
        if tag == "time" || attributes.itemprop?.lowercased() == "datepublished" { readTime(node) }
        guard node.pointee.children != nil else {
            if Self.blockTags.contains(tag) { flush() }
            return false
        }
        if attributes.isHidden { return false }
        if tag == "a" {
            linkDepth += 1
            openedLinks.insert(node)
            return true
        }
        guard Self.blockTags.contains(tag) else { return true }
        let hint = hint(for: attributes)
        if hint.isHidden { return false }
        flush()
        nodes.append(PageNode(tag: tag, parent: openNode, hint: hint))
        openNode = nodes.count - 1
        openedBlock[node] = openNode
        return true
    }

    /// Pages repeat the same classes on hundreds of elements: each set of attributes is read once.
    private var hints: [ElementAttributes.Key: ElementHint] = [:]

    private mutating func hint(for attributes: ElementAttributes) -> ElementHint {
        let key = attributes.key
        if let known = hints[key] { return known }
        let hint = ElementHint(className: attributes.className, id: attributes.id, role: attributes.role,
                               itemprop: attributes.itemprop)
        hints[key] = hint
        return hint
    }

    private mutating func leave(_ node: xmlNodePtr) {
        if openedLinks.remove(node) != nil {
            linkDepth -= 1
            return
        }
        guard let index = openedBlock.removeValue(forKey: node) else { return }
        flush()
        if index == openNode, nodes[index].tag == "h1", signals.firstHeading == nil,
           let heading = blocks.last(where: { $0.owner == index }) {
            signals.firstHeading = heading.text
        }
        openNode = nodes[index].parent
    }

    private mutating func append(_ content: UnsafePointer<xmlChar>) {
        var length = 0
        let start = buffer.count
        while content[length] != 0 {
            let byte = content[length]
            buffer.append(byte == 0x0A ? 0x20 : byte)  // a newline in markup is a space; `<br>` breaks
            length += 1
        }
        if linkDepth > 0 { linkBytes += buffer.count - start }
    }

    /// Ends the current block: its text normalised (white space collapsed, `<br>` kept as a line
    /// break), measured, and credited to every enclosing node.
    private mutating func flush() {
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
        var index = openNode
        while index >= 0 {
            nodes[index].characters += characters
            nodes[index].linkCharacters += links
            index = nodes[index].parent
        }
    }

    private mutating func readMetadata(_ node: xmlNodePtr, tag: String) {
        switch tag {
        case "meta":
            let content = node.attribute("content")
            for key in ["property", "name", "itemprop", "http-equiv"] {
                signals.addMeta(key: node.attribute(key), content: content)
            }
        case "link":
            if node.attribute("rel")?.lowercased() == "canonical", signals.canonical == nil {
                signals.canonical = node.attribute("href")
            }
        case "title":
            if signals.titleElement == nil { signals.titleElement = BlockText.normalised(Array(node.textContent.utf8)) }
        case "script":
            if node.attribute("type")?.lowercased().contains("ld+json") == true { signals.jsonLD.append(node.textContent) }
        default:
            break
        }
    }

    private mutating func readTime(_ node: xmlNodePtr) {
        guard let value = node.attribute("datetime") ?? node.attribute("content"), !value.isEmpty else { return }
        let marked = node.attribute("pubdate") != nil || node.attribute("itemprop")?.lowercased() == "datepublished"
            || (node.attribute("class")?.lowercased().contains("publish") ?? false)
        if marked { signals.publishedTimes.append(value) } else { signals.otherTimes.append(value) }
    }

    /// Elements read for metadata (and, being in `skippedTags`, never for text).
    static let metadataTags: Set<String> = ["meta", "link", "title", "script"]

    /// Never article text: code, media, forms' controls, page chrome, and figures (whose text is
    /// captions and credits).
    static let skippedTags: Set<String> = [
        "head", "title", "meta", "link", "script", "style", "noscript", "template", "svg", "math", "iframe",
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
