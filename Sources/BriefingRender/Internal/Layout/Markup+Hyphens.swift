/// Turning the soft hyphens where Pango broke a line into visible hyphens and forced breaks, and
/// dropping the rest.
///
/// Pango draws a hyphen at a soft-hyphen break, but the PDF's text then holds U+00AD, which
/// `pdftotext` and copy-paste keep ("con\u{AD}" + "cerns"); an unused soft hyphen stays in the
/// text layer too ("signif\u{AD}icant"), so search and screen readers miss the word. A real
/// hyphen-minus followed by a LINE SEPARATOR (U+2028, a break inside the paragraph, so
/// justification still applies) gives the same lines, extractors rejoin a word split by "-" at a
/// line end, and with the unused soft hyphens gone the text layer holds the words as written.
extension Markup {
    static let softHyphen: [UInt8] = [0xC2, 0xAD]
    static let hardBreak: [UInt8] = Array("-\u{2028}".utf8)

    /// The markup with the soft hyphens starting at these displayed byte offsets replaced by
    /// "-" and a line separator, and every other soft hyphen removed; link offsets move with the
    /// text. Removing a break opportunity the layout did not take leaves the lines as they were:
    /// Pango fills each line greedily, so a line still ends at the last break that fits.
    func hardeningSoftHyphens(at offsets: Set<Int>) -> Markup {
        let bytes = Array(markup.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + offsets.count * 2)
        var displayed = 0
        /// Displayed offset of each change and how many bytes it added (negative: removed).
        var changes: [(offset: Int, growth: Int)] = []
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
            if byte == Self.softHyphen[0], index + 1 < bytes.count, bytes[index + 1] == Self.softHyphen[1] {
                if offsets.contains(displayed) {
                    out.append(contentsOf: Self.hardBreak)
                    changes.append((displayed, Self.hardBreak.count - Self.softHyphen.count))
                } else {
                    changes.append((displayed, -Self.softHyphen.count))
                }
                index += 2
                displayed += 2
                continue
            }
            out.append(byte)
            index += 1
            displayed += 1
        }
        func moved(_ offset: Int) -> Int {
            offset + changes.lazy.filter { $0.offset < offset }.map(\.growth).reduce(0, +)
        }
        let links = self.links.map {
            LinkSpan(bytes: moved($0.bytes.lowerBound)..<moved($0.bytes.upperBound),
                     destination: $0.destination, external: $0.external)
        }
        return Markup(markup: String(decoding: out, as: UTF8.self),
                      displayedBytes: displayedBytes + changes.map(\.growth).reduce(0, +), links: links)
    }
}
