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
    /// Searched in bytes: lower-casing the page's head as a string cost more than the parse.
    static func declared(in bytes: UnsafeRawBufferPointer) -> String? {
        let head = UnsafeRawBufferPointer(rebasing: bytes.prefix(prescanLength))
        var searchFrom = 0
        while let meta = PagePruner.find(Array("<meta".utf8), in: head, from: searchFrom, caseInsensitive: true) {
            let tagEnd = PagePruner.next(UInt8(ascii: ">"), in: head, from: meta) ?? head.count
            let tag = UnsafeRawBufferPointer(rebasing: head[meta..<tagEnd])
            if let key = PagePruner.find(Array("charset=".utf8), in: tag, from: 0, caseInsensitive: true) {
                let value = tag[(key + 8)...].drop(while: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0x20 })
                let label = value.prefix(while: { byte in
                    PageCharset.isLabelByte(byte)
                })
                if !label.isEmpty { return normalised(String(decoding: label, as: UTF8.self).lowercased()) }
            }
            searchFrom = tagEnd
        }
        return nil
    }

    static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
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

    /// Well-formed UTF-8 (RFC 3629: no overlong forms, surrogates or values past U+10FFFF),
    /// checked in place: making a String of the page to find out copied every page once more.
    static func isUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time: most of any page is markup.
            if index + 8 <= count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            // The second byte carries the range limits; the rest are plain continuation bytes.
            guard bytes[index + 1] >= low, bytes[index + 1] <= high else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
