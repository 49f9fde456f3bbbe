/// HTML (as found inside feed descriptions and scraped bodies) reduced to clean text.
///
/// Block elements become line breaks, scripts and styles vanish, entities are decoded, and runs of
/// white space collapse, so the analysis sees sentences, not markup. It is a tolerant scanner, not
/// a parser: feeds carry broken HTML, and a missing `>` must not lose the rest of the article.
public enum HTMLText {
    public static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return collapse(html) }
        var output = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", let close = scalars[(i + 1)...].firstIndex(of: ">"), i + 1 < scalars.count,
               isTagStart(scalars[i + 1]) {
                let name = tagName(scalars[(i + 1)..<close])
                if name == "script" || name == "style" {
                    i = endOfElement(name, in: scalars, after: close)
                    continue
                }
                if blockTags.contains(name) { output.append("\n") } else if name == "br" { output.append("\n") }
                i = close + 1
            } else if c == "&", let (decoded, length) = entity(at: i, in: scalars) {
                output.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                output.append(c)
                i += 1
            }
        }
        return collapse(String(output))
    }

    /// Decodes entities only (for text that is not markup but was escaped, e.g. titles).
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "&", let (decoded, length) = entity(at: i, in: scalars) {
                output.append(contentsOf: decoded.unicodeScalars)
                i += length
            } else {
                output.append(scalars[i])
                i += 1
            }
        }
        return String(output)
    }

    /// Paragraphs kept (one per line), spaces inside a line collapsed, blank lines dropped.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    static func isTagStart(_ c: Unicode.Scalar) -> Bool {
        c == "/" || c == "!" || c == "?" || (c.isASCII && c.properties.isAlphabetic)
    }

    static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> String {
        var name = ""
        for c in inside.drop(while: { $0 == "/" }) {
            guard c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) else { break }
            name.unicodeScalars.append(c)
        }
        return name.lowercased()
    }

    /// Index after `</name>`, or the end of the text when it is never closed.
    static func endOfElement(_ name: String, in scalars: [Unicode.Scalar], after start: Int) -> Int {
        let closing = Array("</\(name)".unicodeScalars)
        var i = start
        while i + closing.count <= scalars.count {
            if zip(scalars[i..<(i + closing.count)], closing).allSatisfy({ lowercase($0) == $1 }) {
                return (scalars[i...].firstIndex(of: ">") ?? scalars.count - 1) + 1
            }
            i += 1
        }
        return scalars.count
    }

    static func lowercase(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c
    }

    /// `&amp;`, `&#8217;`, `&#x2019;`: the decoded text and how many scalars the entity spans.
    static func entity(at start: Int, in scalars: [Unicode.Scalar]) -> (String, Int)? {
        var end = start + 1
        while end < scalars.count, end - start <= 10, scalars[end] != ";" {
            let c = scalars[end]
            guard c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "#" else { return nil }
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";", end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
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
