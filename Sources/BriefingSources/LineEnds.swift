/// Line ends made `\n` whatever wrote them: `\r\n` (Windows) and a lone `\r` (classic Mac OS,
/// some exporters).
///
/// Why: every reader splits on `\n`; a file whose lines end in `\r` alone was one long line, so
/// the whole article became its title.
enum LineEnds {
    static func normalized(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousCR = true
                continue
            }
            if byte == 0x0A && previousCR {
                previousCR = false
                continue  // the "\n" of "\r\n", already written
            }
            previousCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
