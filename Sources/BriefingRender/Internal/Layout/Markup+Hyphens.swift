/// Turning the soft hyphens where Pango broke a line into visible hyphens and forced breaks.
///
/// Pango draws a hyphen at a soft-hyphen break, but the PDF's text then holds U+00AD, which
/// `pdftotext` and copy-paste keep ("con\u{AD}" + "cerns"). A real hyphen-minus followed by a
/// LINE SEPARATOR (U+2028, a break inside the paragraph, so justification still applies) gives
/// the same lines, and extractors rejoin a word split by "-" at a line end.
extension Markup {
    static let softHyphen: [UInt8] = [0xC2, 0xAD]
    static let hardBreak: [UInt8] = Array("-\u{2028}".utf8)

    /// The markup with the soft hyphens starting at these displayed byte offsets replaced by
    /// "-" and a line separator; link offsets move with the text.
    func hardeningSoftHyphens(at offsets: Set<Int>) -> Markup {
        guard !offsets.isEmpty else { return self }
        let bytes = Array(markup.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + offsets.count * 2)
        var displayed = 0
        var inserted: [Int] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // A tag: copied as is, displays nothing.
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { out.append(bytes[index]); index += 1 }
                if index < bytes.count { out.append(bytes[index]); index += 1 }
                continue
            }
            if byte == UInt8(ascii: "&") {
                // An entity (`&amp;`): one displayed byte.
                while index < bytes.count, bytes[index] != UInt8(ascii: ";") { out.append(bytes[index]); index += 1 }
                if index < bytes.count { out.append(bytes[index]); index += 1 }
                displayed += 1
                continue
            }
            if byte == Self.softHyphen[0], index + 1 < bytes.count, bytes[index + 1] == Self.softHyphen[1],
               offsets.contains(displayed) {
                out.append(contentsOf: Self.hardBreak)
                inserted.append(displayed)
                index += 2
                displayed += 2
                continue
            }
            out.append(byte)
            index += 1
            displayed += 1
        }
        let growth = Self.hardBreak.count - Self.softHyphen.count
        func moved(_ offset: Int) -> Int { offset + growth * inserted.filter { $0 < offset }.count }
        let links = self.links.map {
            LinkSpan(bytes: moved($0.bytes.lowerBound)..<moved($0.bytes.upperBound),
                     destination: $0.destination, external: $0.external)
        }
        return Markup(markup: String(decoding: out, as: UTF8.self),
                      displayedBytes: displayedBytes + growth * inserted.count, links: links)
    }
}
