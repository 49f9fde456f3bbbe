import BriefingModel
import BriefingRender
import Foundation

/// An unsent email (`.eml`, RFC 5322 with MIME) any mail client opens as a draft: the plain-text
/// digest as the body and the PDF attached. No recipient and no sender: the user adds them.
///
/// Everything in it comes from the briefing and the PDF's bytes (the date is the generation day,
/// the boundary a digest of the content), so the same briefing gives the same file.
public struct EmailDraft: Sendable {
    public var subject: String
    public var date: Day
    public var body: String
    public var attachmentName: String
    public var attachment: Data

    public init(briefing: Briefing, pdf: Data, pdfName: String) {
        subject = Self.subject(for: briefing)
        date = briefing.generated
        attachmentName = Self.asciiFileName(pdfName)
        body = EmailDigest.text(for: briefing, attachmentName: attachmentName)
        attachment = pdf
    }

    /// Writes `name.txt` (the digest) and `name.eml` (the draft) beside the PDF at `pdfPath`,
    /// each atomically; returns their paths.
    @discardableResult
    public static func write(for briefing: Briefing, besidePDF pdfPath: String) throws -> [String] {
        let pdf = try Data(contentsOf: URL(fileURLWithPath: pdfPath))
        let url = URL(fileURLWithPath: pdfPath)
        let draft = EmailDraft(briefing: briefing, pdf: pdf, pdfName: url.lastPathComponent)
        let stem = url.deletingPathExtension().path
        let textPath = stem + ".txt"
        let emlPath = stem + ".eml"
        try AtomicFile.write(Data(draft.body.utf8), to: textPath)
        try AtomicFile.write(Data(draft.message.utf8), to: emlPath)
        return [textPath, emlPath]
    }

    /// The message, CRLF line endings throughout.
    public var message: String {
        let boundary = "=_briefing_" + Self.fingerprint(Data(body.utf8) + attachment)
        var lines = [
            "Subject: " + Self.encodedHeader(subject),
            "Date: " + Self.rfc5322(date),
            "MIME-Version: 1.0",
            "X-Unsent: 1",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "This is a MIME message: a briefing digest with the briefing attached as a PDF.",
            "",
            "--" + boundary,
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "Content-Disposition: inline",
            "",
        ]
        lines += Self.quotedPrintable(body)
        lines += [
            "",
            "--" + boundary,
            "Content-Type: application/pdf; name=\"\(attachmentName)\"",
            "Content-Transfer-Encoding: base64",
            "Content-Disposition: attachment; filename=\"\(attachmentName)\"",
            "",
        ]
        let base64 = attachment.base64EncodedString()
        var start = base64.startIndex
        while start < base64.endIndex {
            let end = base64.index(start, offsetBy: 76, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[start..<end]))
            start = end
        }
        lines += ["--" + boundary + "--", ""]
        return lines.joined(separator: "\r\n")
    }

    /// Quoted-printable (RFC 2045): ASCII text stays readable, other bytes become `=XX`, lines
    /// are at most 76 characters with `=` soft breaks.
    static func quotedPrintable(_ text: String) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded = ""
            var current = ""
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let plain = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
                    || (byte == 32 && !isLast)
                let piece = plain ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte)
                if current.count + piece.count > 75 {
                    encoded += current + "=\r\n"
                    current = ""
                }
                current += piece
            }
            encoded += current
            result.append(encoded)
        }
        if result.last == "" { result.removeLast() }
        return result
    }

    /// A header value: as is when ASCII, else RFC 2047 encoded words of at most 75 characters.
    static func encodedHeader(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) else {
            return value
        }
        var words: [String] = []
        var chunk = ""
        for character in value {
            // 39 bytes are 52 base64 characters: with "Subject: " and the word's own marks the
            // first line stays within 78 characters.
            if (chunk + String(character)).utf8.count > 39 {
                words.append("=?UTF-8?B?" + Data(chunk.utf8).base64EncodedString() + "?=")
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Data(chunk.utf8).base64EncodedString() + "?=") }
        return words.joined(separator: "\r\n ")
    }

    /// "Thu, 05 Dec 2024 00:00:00 +0000".
    static func rfc5322(_ day: Day) -> String {
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekday = weekdays[((day.ordinal % 7) + 7) % 7]
        return String(format: "%@, %02d %@ %04d 00:00:00 +0000", weekday, day.day, months[day.month - 1], day.year)
    }

    /// A file name safe in a header without RFC 2231: other characters become "_".
    static func asciiFileName(_ name: String) -> String {
        let safe = name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        }
        return safe.isEmpty ? "briefing.pdf" : String(safe)
    }

    /// 16 hex digits of FNV-1a over `data`: a boundary that depends only on the content.
    static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return String(format: "%016llx", hash)
    }

    /// "Briefing — 14–20 Mar 2011: NATO takes command of Libya strikes": the title, the period
    /// and the top development's headline (else its lead, cut), so the inbox says what happened.
    /// In a weekly series the subject leads with what is new: the most important development
    /// about a story that was not briefed last time ("New: ...").
    static func subject(for b: Briefing) -> String {
        let base = b.title + " — " + BriefingWording.period(b.corpus)
        let fresh = Set((b.changes?.newStories ?? []).flatMap(\.articles))
        if !fresh.isEmpty, let top = b.executiveSummary.first(where: { !fresh.isDisjoint(with: $0.articles) }) {
            return base + ": New: " + cut(top.headline?.isEmpty == false ? top.headline! : top.text)
        }
        guard let top = b.executiveSummary.first else { return base }
        return base + ": " + cut(top.headline?.isEmpty == false ? top.headline! : top.text)
    }

    /// At most fourteen words, then "…".
    static func cut(_ said: String) -> String {
        let words = said.split(separator: " ")
        return words.count > 14 ? words.prefix(14).joined(separator: " ") + "\u{2026}" : said
    }
}
