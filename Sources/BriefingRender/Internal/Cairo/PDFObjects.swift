import Foundation

/// The objects of a PDF written by cairo, found through its cross-reference table: enough to
/// read a dictionary by object number and to append an incremental update (`PDFStructureUpdate`).
///
/// Why not a general PDF parser: cairo writes one classic cross-reference table and plain,
/// uncompressed dictionaries for the catalog, pages and structure elements; reading just that
/// is a few lines, where a parser would be a dependency for one feature.
struct PDFObjects {
    let bytes: [UInt8]
    /// Byte offset of each object, by number (0 when free).
    let offsets: [Int]
    let root: Int
    let info: Int?
    let previousXref: Int

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        let tail = String(decoding: bytes.suffix(2048), as: UTF8.self)
        guard let start = tail.range(of: "startxref", options: .backwards),
              let xref = Int(tail[start.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
              let trailer = tail.range(of: "trailer", options: .backwards),
              let root = Self.reference("/Root", in: String(tail[trailer.upperBound...]))
        else { throw PDFStructureUpdate.UpdateError.unreadable("no trailer") }
        previousXref = xref
        self.root = root
        info = Self.reference("/Info", in: String(tail[trailer.upperBound...]))
        offsets = try Self.crossReferences(in: bytes, at: xref)
    }

    /// The object number in "`key` N 0 R".
    static func reference(_ key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    /// Offsets from one classic table ("xref", "0 N", then N 20-byte entries).
    private static func crossReferences(in bytes: [UInt8], at offset: Int) throws -> [Int] {
        guard offset >= 0, offset < bytes.count else { throw PDFStructureUpdate.UpdateError.unreadable("xref offset") }
        let lines = String(decoding: bytes[offset...], as: UTF8.self).split(whereSeparator: \.isNewline)
        guard lines.count > 2, lines[0].hasPrefix("xref") else { throw PDFStructureUpdate.UpdateError.unreadable("xref") }
        let header = lines[1].split(separator: " ")
        guard header.count == 2, header[0] == "0", let count = Int(header[1]), lines.count > count + 1 else {
            throw PDFStructureUpdate.UpdateError.unreadable("xref subsection")
        }
        return lines[2..<(2 + count)].map { line in
            let fields = line.split(separator: " ")
            return fields.count >= 3 && fields[2] == "n" ? Int(fields[0]) ?? 0 : 0
        }
    }

    var size: Int { offsets.count }

    /// The text between "N 0 obj" and "endobj": the object's dictionary.
    func dictionary(of number: Int) throws -> String {
        guard number > 0, number < offsets.count, offsets[number] > 0,
              let end = Self.find(Self.endMarker, in: bytes, from: offsets[number]) else {
            throw PDFStructureUpdate.UpdateError.unreadable("object \(number)")
        }
        let text = String(decoding: bytes[offsets[number]..<end], as: UTF8.self)
        guard let open = text.range(of: "obj"), text[open.upperBound...].contains("<<") else {
            throw PDFStructureUpdate.UpdateError.unreadable("object \(number)")
        }
        return text[open.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static let endMarker = Array("endobj".utf8)
    private static let structElement = Array("/Type /StructElem".utf8)

    /// The first offset of `needle` in `haystack` at or after `start`, up to `limit` bytes on.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, limit: Int = .max) -> Int? {
        let last = min(haystack.count - needle.count, start > Int.max - limit ? Int.max : start + limit)
        guard start >= 0, last >= start else { return nil }
        var index = start
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether object `number` is a structure element: its dictionary opens with the type,
    /// as cairo writes it, so streams are never read.
    private func isStructElement(_ number: Int) -> Bool {
        offsets[number] > 0 && Self.find(Self.structElement, in: bytes, from: offsets[number], limit: 48) != nil
    }

    /// Page object numbers in page order, from the page tree's `/Kids`.
    func pageOrder() throws -> [Int: Int] {
        let catalog = try dictionary(of: root)
        guard let pages = Self.reference("/Pages", in: catalog) else { return [:] }
        let tree = try dictionary(of: pages)
        guard let kids = tree.range(of: "/Kids"), let close = tree[kids.upperBound...].firstIndex(of: "]") else { return [:] }
        let numbers = tree[kids.upperBound..<close].split(whereSeparator: { $0 == "[" || $0.isWhitespace })
        var order: [Int: Int] = [:]
        var index = 0
        while index + 2 < numbers.count {
            if numbers[index + 2] == "R", let number = Int(numbers[index]) { order[number] = order.count }
            index += 3
        }
        return order
    }

    /// The `Figure` structure elements, in the order they were drawn: by page, then by their
    /// first marked-content id on it.
    func figuresInDrawingOrder() throws -> [Int] {
        let pages = try pageOrder()
        var found: [(page: Int, mcid: Int, number: Int)] = []
        for number in offsets.indices where isStructElement(number) {
            guard let element = try? dictionary(of: number), element.contains("/S /Figure") else { continue }
            let page = Self.reference("/Pg", in: element).flatMap { pages[$0] } ?? Int.max
            let mcid = element.range(of: "/K").flatMap { key in
                element[key.upperBound...].split(whereSeparator: { $0.isWhitespace || $0 == "[" }).first.flatMap { Int($0) }
            } ?? Int.max
            found.append((page, mcid, number))
        }
        return found.sorted { ($0.page, $0.mcid, $0.number) < ($1.page, $1.mcid, $1.number) }.map(\.number)
    }

    /// The appended bytes: each object's new version, a cross-reference section listing them,
    /// and a trailer chained to the previous table.
    func incrementalUpdate(_ objects: [(number: Int, dictionary: String)]) -> Data {
        var out = "\n"
        var entries: [(Int, Int)] = []
        for object in objects {
            entries.append((object.number, bytes.count + out.utf8.count))
            out += "\(object.number) 0 obj\n\(object.dictionary)\nendobj\n"
        }
        let xrefOffset = bytes.count + out.utf8.count
        out += "xref\n"
        for (number, offset) in entries {
            out += "\(number) 1\n" + String(format: "%010d 00000 n \n", offset)
        }
        out += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { out += "   /Info \(info) 0 R\n" }
        out += "   /Prev \(previousXref)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        return Data(out.utf8)
    }
}
