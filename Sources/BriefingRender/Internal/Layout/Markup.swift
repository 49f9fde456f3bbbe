/// Builds Pango markup from plain text, escaping it, and remembers where links fall.
///
/// Link positions are kept as UTF-8 byte offsets into the *displayed* text (markup tags and
/// entities removed), which is what `pango_layout_index_to_pos` expects.
struct Markup {
    private(set) var markup = ""
    private(set) var displayedBytes = 0
    private(set) var links: [LinkSpan] = []

    init() {}

    init(_ text: String) { append(text) }

    /// Already-built markup (for rewrites such as `hardeningSoftHyphens`).
    init(markup: String, displayedBytes: Int, links: [LinkSpan]) {
        self.markup = markup
        self.displayedBytes = displayedBytes
        self.links = links
    }

    var isEmpty: Bool { displayedBytes == 0 }

    /// Escapes `&`, `<`, `>` (and quotes) for Pango markup and drops control characters that
    /// would make the markup invalid (Pango would then show nothing at all).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "'": out += "&apos;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text as it will be displayed: control characters other than newline and tab removed,
    /// cut to `DisplayedLength`, and overlong runs given places to break (`LongRuns`).
    static func clean(_ text: String) -> String {
        let text = DisplayedLength.bounded(text)
        guard text.unicodeScalars.contains(where: isDropped) else { return LongRuns.breakable(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) { out.append(scalar) }
        return LongRuns.breakable(String(out))
    }

    private static func isDropped(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\t") || (0x7F...0x9F).contains(s.value)
            || s.value == 0xFFFE || s.value == 0xFFFF
    }

    mutating func append(_ text: String) {
        markup += Self.escape(text)
        displayedBytes += Self.clean(text).utf8.count
    }

    /// Text with soft hyphens where words may break (for justified paragraphs).
    mutating func append(_ text: String, hyphenator: Hyphenator?) {
        append(hyphenator?.hyphenate(text) ?? text)
    }

    /// Text inside a span, e.g. `open: "<b>", close: "</b>"`. Attributes are the caller's.
    mutating func append(_ text: String, open: String, close: String) {
        markup += open
        append(text)
        markup += close
    }

    mutating func bold(_ text: String) { append(text, open: "<b>", close: "</b>") }
    mutating func italic(_ text: String) { append(text, open: "<i>", close: "</i>") }

    /// Text that links to the named destination (e.g. a numbered source).
    mutating func link(_ text: String, to destination: String, open: String = "", close: String = "") {
        let start = displayedBytes
        append(text, open: open, close: close)
        if displayedBytes > start {
            links.append(LinkSpan(bytes: start..<displayedBytes, destination: destination))
        }
    }

    /// Text that links to a web address (a source's URL); the address is the link target
    /// whatever the displayed text.
    mutating func link(_ text: String, toURL url: String, open: String = "", close: String = "") {
        let start = displayedBytes
        append(text, open: open, close: close)
        if displayedBytes > start {
            links.append(LinkSpan(bytes: start..<displayedBytes, destination: url, external: true))
        }
    }

    static func + (a: Markup, b: Markup) -> Markup {
        var out = a
        out.markup += b.markup
        out.links += b.links.map {
            LinkSpan(bytes: ($0.bytes.lowerBound + a.displayedBytes)..<($0.bytes.upperBound + a.displayedBytes),
                     destination: $0.destination, external: $0.external)
        }
        out.displayedBytes += b.displayedBytes
        return out
    }
}
