/// A start tag without the attributes the walk never reads: `<a href="…" data-track="…"
/// class="x">` becomes `<a class="x">` before libxml2 sees it.
///
/// On saved news pages six bytes in ten of what is left after `PagePruner` are attribute
/// values (links' addresses, tracking data, image sources), and libxml2 reads each one a
/// character at a time and copies it out for the walk to pass over. Only the names the walk and
/// the metadata read are kept, and `<meta>`, `<link>` and `<time>` keep everything. The tag is
/// read by the HTML tokenizer's rules for attributes (quoted, unquoted, bare names); anything
/// unusual -- an unclosed quote, a `<` inside the tag, the page's end -- leaves the tag as it
/// was, for libxml2's own recovery.
enum StartTagTrimmer {
    /// Writes the trimmed tag opening at `open` (a `<` followed by a letter) to `output` and
    /// returns the index after its `>`; nil, with nothing written, to leave the tag alone.
    static func trim(_ bytes: UnsafeRawBufferPointer, at open: Int, into output: inout [UInt8]) -> Int? {
        let count = bytes.count
        var index = open + 1
        while index < count, isNameByte(bytes[index]) { index += 1 }
        guard index < count, index - open - 1 <= 16 else { return nil }
        if keepsEverything(bytes, from: open + 1, to: index) { return nil }
        // Kept attributes are written as they are read; a tag found broken is taken back out.
        let written = output.count
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[open..<index]))
        func abandon() -> Int? {
            output.removeSubrange(written...)
            return nil
        }
        var selfClosing = false
        while true {
            while index < count, isSpace(bytes[index]) { index += 1 }
            guard index < count else { return abandon() }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "/") { index += 1; selfClosing = true; continue }
            selfClosing = false
            guard byte != UInt8(ascii: "<"), byte != UInt8(ascii: "\""), byte != UInt8(ascii: "'"), byte != UInt8(ascii: "=") else {
                return abandon()
            }
            let attributeStart = index
            while index < count, !isSpace(bytes[index]), !isNameEnd(bytes[index]) { index += 1 }
            let attributeNameEnd = index
            guard index < count else { return abandon() }
            var probe = index
            while probe < count, isSpace(bytes[probe]) { probe += 1 }
            if probe < count, bytes[probe] == UInt8(ascii: "=") {
                index = probe + 1
                while index < count, isSpace(bytes[index]) { index += 1 }
                guard index < count else { return abandon() }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = PagePruner.next(quote, in: bytes, from: index + 1) else { return abandon() }
                    // A quoted value running past a `<` is a broken tag more often than a value.
                    if PagePruner.next(UInt8(ascii: "<"), in: UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<close]), from: 0) != nil {
                        return abandon()
                    }
                    index = close + 1
                } else {
                    while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        let value = bytes[index]
                        if value == UInt8(ascii: "<") || value == UInt8(ascii: "\"") || value == UInt8(ascii: "'") || value == UInt8(ascii: "=") {
                            return abandon()
                        }
                        index += 1
                    }
                }
            }
            if isKept(bytes, from: attributeStart, to: attributeNameEnd) {
                output.append(0x20)
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[attributeStart..<index]))
            }
        }
        // libxml2 closes an element written `<x/>`; the slash stays.
        if selfClosing { output.append(UInt8(ascii: "/")) }
        output.append(UInt8(ascii: ">"))
        return index + 1
    }

    /// The attributes `ElementAttributes` reads.
    static let keptNames: [[UInt8]] = ["class", "id", "itemprop", "role", "hidden", "aria-hidden", "style"].map { Array($0.utf8) }
    /// Elements read for metadata, whole (see `PageWalker.metadataTags`).
    static let wholeTags: [[UInt8]] = ["meta", "link", "time"].map { Array($0.utf8) }

    static func isKept(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool {
        // Told apart by length first: most attributes (href, src, data-…) match no kept length.
        switch end - start {
        case 2, 4, 5, 6, 8, 11:
            return keptNames.contains { name in name.count == end - start && PagePruner.matches(name, in: bytes, at: start) }
        default:
            return false
        }
    }

    static func keepsEverything(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Bool {
        wholeTags.contains { name in name.count == end - start && PagePruner.matches(name, in: bytes, at: start) }
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 97 && byte | 0x20 <= 122) || (byte >= 48 && byte <= 57) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    /// What ends an attribute's name besides white space.
    static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
