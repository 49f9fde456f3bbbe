/// The character encoding of a saved web page, found the way browsers find it before parsing:
/// a byte-order mark first, then a `<meta charset>` or `http-equiv` declaration near the top,
/// else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the usual encoding of older
/// Western pages). Names are iconv's, which libxml2 converts through.
enum PageCharset {
    /// How far into the page a declaration is looked for: the HTML standard's prescan reads 1024
    /// bytes, but real pages put scripts and comments before it, so this reads further.
    static let prescanLength = 8192

    static func detect(_ bytes: UnsafeRawBufferPointer) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let declared = declared(in: bytes) { return declared }
        return isUTF8(bytes) ? "UTF-8" : "WINDOWS-1252"
    }

    /// The charset a `<meta>` tag names, normalised as browsers do: Latin-1 and ASCII labels
    /// mean Windows-1252, and a UTF-16 label in a page that was read as bytes means UTF-8.
    static func declared(in bytes: UnsafeRawBufferPointer) -> String? {
        let head = String(decoding: bytes.prefix(prescanLength), as: UTF8.self).lowercased()
        var searchFrom = head.startIndex
        while let meta = head.range(of: "<meta", range: searchFrom..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let label = charsetLabel(in: tag) { return normalised(label) }
            searchFrom = tagEnd
        }
        return nil
    }

    /// `charset=utf-8`, `charset="utf-8"`, or `content="text/html; charset=utf-8"`.
    static func charsetLabel(in tag: Substring) -> String? {
        guard let key = tag.range(of: "charset=") else { return nil }
        let value = tag[key.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
        let label = value.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
        return label.isEmpty ? nil : String(label)
    }

    static func normalised(_ label: String) -> String? {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be": return "UTF-8"
        case "iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252", "cp1252", "x-cp1252", "iso8859-1":
            return "WINDOWS-1252"
        default:
            // Other labels (shift_jis, gb2312, koi8-r, windows-1251, iso-8859-15, …) are iconv names.
            return label.count <= 40 ? label.uppercased() : nil
        }
    }

    static func isUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
