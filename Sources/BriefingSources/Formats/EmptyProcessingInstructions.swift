/// Processing instructions written without data (`<?x?>`) given an empty one (`<?x ?>`).
///
/// Why: FoundationXML on Linux reads a processing instruction's data with `strlen`, and libxml2
/// hands it no data at all for `<?x?>`, so such a feed ended the whole run with a segmentation
/// fault (found by `make fuzz`). `<?x ?>` means the same to XML and is parsed safely. One pass
/// over the bytes; a text without `?>` is returned as it is.
enum EmptyProcessingInstructions {
    static func padded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var copiedUpTo = 0
        var at = 0
        while at + 1 < bytes.count {
            guard bytes[at] == UInt8(ascii: "<"), bytes[at + 1] == UInt8(ascii: "?") else {
                at += 1
                continue
            }
            var end = at + 2
            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: ">") {
                end += 1
            }
            if end > at + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"), bytes[end + 1] == UInt8(ascii: ">") {
                out += bytes[copiedUpTo..<end]
                out.append(0x20)
                copiedUpTo = end
            }
            at = end
        }
        guard copiedUpTo > 0 else { return text }
        out += bytes[copiedUpTo...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
