import Foundation

/// A page's bytes without the parts that are never text — scripts, styles, comments, inline
/// SVG — cut before parsing, and the JSON-LD scripts kept aside for the metadata.
///
/// On real news pages six bytes in ten are scripts, styles and comments; libxml2 would build
/// nodes for all of them only for the walk to skip them. Cutting them with a byte scan first
/// more than halves the parse. Start tags lose the attributes nobody reads (see
/// `StartTagTrimmer`). The scan is linear and bounded: an element that never closes
/// runs to the end of the page and is cut there, as a browser would.
struct PagePruner {
    private(set) var output: [UInt8] = []
    private(set) var jsonLD: [String] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        output.reserveCapacity(bytes.count / 2)
        var index = 0
        var copiedFrom = 0
        let count = bytes.count
        while index < count {
            guard let open = Self.next(UInt8(ascii: "<"), in: bytes, from: index) else { break }
            index = open + 1
            guard let (name, afterName) = Self.prunedElement(bytes, at: open) else {
                guard index < count, bytes[index] | 0x20 >= 97, bytes[index] | 0x20 <= 122 else { continue }
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copiedFrom..<open]))
                copiedFrom = open
                if let after = StartTagTrimmer.trim(bytes, at: open, into: &output) {
                    index = after
                    copiedFrom = after
                }
                continue
            }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copiedFrom..<open]))
            if name == "!--" {
                index = Self.find(Array("-->".utf8), in: bytes, from: afterName).map { $0 + 3 } ?? count
            } else {
                let tagEnd = Self.next(UInt8(ascii: ">"), in: bytes, from: afterName) ?? count
                let closing = Self.findClosing(name, in: bytes, from: min(count, tagEnd + 1))
                if name == "script", tagEnd < count, Self.isJSONLD(UnsafeRawBufferPointer(rebasing: bytes[afterName..<tagEnd])) {
                    jsonLD.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(tagEnd + 1)..<min(closing, count)]), as: UTF8.self))
                }
                index = closing < count ? (Self.next(UInt8(ascii: ">"), in: bytes, from: closing) ?? count - 1) + 1 : count
            }
            copiedFrom = min(index, count)
        }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[min(copiedFrom, count)..<count]))
    }

    /// The pruned element starting at `<` (`script`, `style`, `svg`, or `!--` for a comment)
    /// and the index after its name.
    static func prunedElement(_ bytes: UnsafeRawBufferPointer, at open: Int) -> (String, Int)? {
        // Asked at every `<` of the page: only "!", "s" and "S" can open one of these.
        guard open + 1 < bytes.count, bytes[open + 1] == UInt8(ascii: "!") || bytes[open + 1] | 0x20 == UInt8(ascii: "s") else {
            return nil
        }
        if matches(Array("!--".utf8), in: bytes, at: open + 1) { return ("!--", open + 4) }
        for name in prunedNames where matches(name.bytes, in: bytes, at: open + 1) {
            let after = open + 1 + name.bytes.count
            guard after < bytes.count else { return nil }
            let next = bytes[after]
            if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D {
                return (name.name, after)
            }
        }
        return nil
    }

    static let prunedNames: [(name: String, bytes: [UInt8])] = ["script", "style", "svg"].map { ($0, Array($0.utf8)) }

    /// The index of `</name` (any case) at or after `start`, or the end of the page.
    static func findClosing(_ name: String, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        let needle = Array(("</" + name).utf8)
        var index = start
        while let open = next(UInt8(ascii: "<"), in: bytes, from: index) {
            if matches(needle, in: bytes, at: open) { return open }
            index = open + 1
        }
        return bytes.count
    }

    /// `type="application/ld+json"` among a script's attributes.
    static func isJSONLD(_ attributes: UnsafeRawBufferPointer) -> Bool {
        find(Array("ld+json".utf8), in: attributes, from: 0, caseInsensitive: true) != nil
    }

    /// ASCII-case-insensitive match of `needle` at `index`.
    static func matches(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] | 0x20 {
            return false
        }
        return true
    }

    static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = needle.first else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            guard let candidate = caseInsensitive ? index : next(first, in: bytes, from: index) else { return nil }
            if matches(needle, in: bytes, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// The index of the next `byte` at or after `start` (memchr: the scan's hot loop).
    static func next(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - base
    }
}
