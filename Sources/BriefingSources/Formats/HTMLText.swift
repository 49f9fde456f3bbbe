/// HTML (as found inside feed descriptions and scraped bodies) reduced to clean text.
///
/// Block elements become line breaks, scripts and styles vanish, entities are decoded, spaces
/// collapse and blank lines go, so the analysis sees sentences, not markup. It is a tolerant
/// scanner over UTF-8 bytes, not a parser: feeds carry broken HTML, and a stray `<` must not lose
/// the rest of the article. Working on bytes rather than `Character`s keeps it fast enough to
/// clean every body the reader sees.
public enum HTMLText {
    /// Markup removed, entities decoded, white space collapsed; paragraphs stay one per line.
    public static func plain(_ html: String) -> String {
        if isAlreadyClean(html) { return html }
        var writer = CleanTextWriter(capacity: html.utf8.count)
        var html = html
        html.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == UInt8(ascii: "<"), i + 1 < bytes.count, isTagStart(bytes[i + 1]),
                   let close = firstIndex(of: UInt8(ascii: ">"), in: bytes, from: i + 1) {
                    let name = tagName(bytes, from: i + 1)
                    if name == "script" || name == "style" {
                        i = endOfElement(name, in: bytes, from: close + 1)
                        continue
                    }
                    if blockTags.contains(name) || name == "br" { writer.lineBreak() }
                    if name == "td" || name == "th" { writer.space() }  // table cells are words apart
                    i = close + 1
                } else if byte == UInt8(ascii: "&"), let (decoded, length) = entity(in: bytes, at: i) {
                    for scalar in decoded.unicodeScalars { writer.append(scalar) }
                    i += length
                } else {
                    i = writer.appendUTF8(bytes, at: i)
                }
            }
        }
        return writer.finish()
    }

    /// Entities decoded and white space collapsed, markup left alone (for titles, which are text).
    public static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var writer = CleanTextWriter()
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "&"), let (decoded, length) = entity(in: bytes, at: i) {
                    for scalar in decoded.unicodeScalars { writer.append(scalar) }
                    i += length
                } else {
                    i = writer.appendUTF8(bytes, at: i)
                }
            }
        }
        return writer.finish()
    }

    /// True for text with no markup, no entities and white space already in the clean form
    /// (single spaces, single newlines, nothing at line ends): most scraped bodies. One cheap pass
    /// spares them the rewrite.
    static func isAlreadyClean(_ text: String) -> Bool {
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "&"), 0x09, 0x0B, 0x0C, 0x0D, 0xC2: return false
            case 0x20: if previous == 0x20 || previous == 0x0A { return false }
            case 0x0A: if previous == 0x20 || previous == 0x0A { return false }
            default: break
            }
            previous = byte
        }
        return previous != 0x20 && previous != 0x0A
    }

    static func isTagStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || isASCIILetter(byte)
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }

    static func firstIndex(of target: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            if bytes[i] == target { return i }
            i += 1
        }
        return nil
    }

    /// The lower-cased element name after `<` or `</`.
    static func tagName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String {
        var i = start
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") { i += 1 }
        var name: [UInt8] = []
        while i < bytes.count, isASCIILetter(bytes[i]) || (bytes[i] >= 48 && bytes[i] <= 57), name.count < 12 {
            name.append(bytes[i] | (isASCIILetter(bytes[i]) ? 0x20 : 0))
            i += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Index after `</name>` (any case), or the end of the text when it is never closed.
    static func endOfElement(_ name: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let closing = Array("</\(name)".utf8)
        var i = start
        while i + closing.count <= bytes.count {
            if bytes[i] == UInt8(ascii: "<"),
               (0..<closing.count).allSatisfy({ bytes[i + $0] | (isASCIILetter(bytes[i + $0]) ? 0x20 : 0) == closing[$0] }) {
                return (firstIndex(of: UInt8(ascii: ">"), in: bytes, from: i) ?? bytes.count - 1) + 1
            }
            i += 1
        }
        return bytes.count
    }

    /// `&amp;`, `&#8217;`, `&#x2019;` at `start`: the decoded text and the entity's length in bytes.
    static func entity(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= 10, bytes[end] != UInt8(ascii: ";") {
            let byte = bytes[end]
            guard isASCIILetter(byte) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        let length = end - start + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), length)
        }
        guard let named = namedEntities[body] else { return nil }
        return (named, length)
    }

    static let blockTags: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd", "dt",
    ]

    /// The named entities that occur in news HTML (written by the project from the HTML spec's list).
    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "sbquo": "‚", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "middot": "·", "bull": "•", "euro": "€",
        "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "times": "×", "divide": "÷",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "plusmn": "±", "shy": "", "zwnj": "", "zwj": "",
        "thinsp": " ", "ensp": " ", "emsp": " ", "iexcl": "¡", "iquest": "¿",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ",
        "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í",
        "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ",
        "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý",
        "yuml": "ÿ", "szlig": "ß", "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä",
        "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó",
        "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û",
        "Uuml": "Ü", "Yacute": "Ý", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š",
    ]
}

/// Builds clean text byte by byte: runs of spaces become one space, line breaks end a paragraph,
/// no line starts or ends with a space, and no blank lines survive.
struct CleanTextWriter {
    private var output: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = false

    /// Copies one UTF-8 sequence starting at `index`, turning white space into separators;
    /// returns the index after it.
    mutating func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0B {
            space()
            return index + 1
        }
        if byte == 0x0A || byte == 0x0D || byte == 0x0C {
            lineBreak()
            return index + 1
        }
        if Self.isPlain(byte) {
            // Copy the run of ordinary text, single spaces included, up to the next markup,
            // entity, line break or double space, in one go.
            separate()
            var end = index + 1
            while end < bytes.count {
                if Self.isPlain(bytes[end]) {
                    end += 1
                } else if bytes[end] == 0x20, end + 1 < bytes.count, Self.isPlain(bytes[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
            return end
        }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {  // no-break space
            space()
            return index + 2
        }
        if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") {  // not markup, not an entity: text
            separate()
            output.append(byte)
            return index + 1
        }
        if byte < 0x80 { return index + 1 }  // other control characters are dropped
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let end = min(index + length, bytes.count)
        separate()
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        return end
    }

    /// Bytes copied as they are: visible ASCII other than `<` and `&`, and UTF-8 sequences other
    /// than those starting 0xC2 (which holds the no-break space).
    @inline(__always)
    static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte != UInt8(ascii: "<") && byte != UInt8(ascii: "&") && byte != 0xC2 && byte != 0x7F
    }

    init(capacity: Int = 0) { output.reserveCapacity(capacity) }

    mutating func append(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "\n": lineBreak()
        case " ", "\t", "\u{A0}", "\u{2009}", "\u{200A}", "\u{2002}", "\u{2003}": space()
        default:
            separate()
            output.append(contentsOf: String(scalar).utf8)
        }
    }

    mutating func space() { if !output.isEmpty { pendingSpace = true } }

    mutating func lineBreak() {
        if !output.isEmpty { pendingBreak = true }
        pendingSpace = false
    }

    /// Writes the separator owed before the next visible character.
    private mutating func separate() {
        guard pendingBreak || pendingSpace else { return }
        output.append(pendingBreak ? 0x0A : 0x20)
        pendingBreak = false
        pendingSpace = false
    }

    func finish() -> String { String(decoding: output, as: UTF8.self) }
}
