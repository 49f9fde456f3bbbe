import Foundation

/// Page furniture removed from text that arrives already extracted (JSON, JSON Lines, feeds,
/// plain text, Markdown, and the paragraphs of saved pages): comment threads, bylines, photo
/// captions and credits, date stamps and datelines, transcript speaker tags, share and
/// subscription prompts, and escaping residue (`\/`).
///
/// Every rule looks at the shape of a line, never at a word list of one outlet's phrases, and
/// removes only lines (or line openings) that are furniture whole: a news sentence that mentions
/// a photograph or a newsletter stays.
public enum BoilerplateCleaner {
    /// The body with furniture removed, paragraphs kept one per line.
    public static func clean(_ body: String) -> String {
        guard !body.isEmpty else { return body }
        var text = body
        if text.hasBytes("\\/") { text = text.replacingOccurrences(of: "\\/", with: "/") }
        if text.hasBytes("&"), text.hasBytes(";") { text = decodingEntities(text) }
        var kept: [String] = []
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: true).map { Substring($0) }
        for (index, raw) in lines.enumerated() {
            let line = String(raw)
            if isCommentThreadStart(line) {
                // The thread runs to the end; its author line, just before, goes too.
                if let last = kept.last, isShortNameLine(last) { kept.removeLast() }
                if kept.count >= 1 { break }
                continue
            }
            if let cleaned = cleanedLine(line, isFirst: index == 0 || kept.isEmpty) { kept.append(cleaned) }
        }
        return kept.joined(separator: "\n")
    }

    /// Character references left in text that was escaped twice ("caf&#233;", "&amp;"): decoded
    /// as a page would show them. A bare "&" ("AT&T") is no reference and stays.
    static func decodingEntities(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "&"), let (decoded, length) = HTMLText.entity(in: bytes, at: index) {
                    output.append(contentsOf: decoded.utf8)
                    index += length
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// One line without its furniture opening, or nil when the whole line is furniture.
    static func cleanedLine(_ line: String, isFirst: Bool) -> String? {
        var line = line
        let opensWithDigit = line.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true
        if opensWithDigit || stampOpenings.contains(where: { line.utf8.starts(with: $0.utf8) }) {
            line = removingPrefix(FurniturePatterns.dateStamp, from: line)
        }
        if let first = line.utf8.first, first >= 97 && first <= 122, line.utf8.prefix(40).contains(UInt8(ascii: ",")) {
            line = removingPrefix(FurniturePatterns.siteStamp, from: line)
        }
        if opensWithDigit || line.utf8.prefix(60).contains(UInt8(ascii: "|")) {
            line = removingPrefix(FurniturePatterns.clockStamp, from: line)
        }
        // Searches open on rare letters: memchr stops at every space or "a" of a paragraph.
        if line.hasBytes("updated"), line.hasBytes("ast updated") { line = splittingAtStamp(line) }
        if line.utf8.starts(with: "By ".utf8) {
            let rest = BylineCut.remainder(of: line)
            line = rest.isEmpty || rest.utf8.count == line.utf8.count ? rest : withoutCaptionAfterByline(rest)
        } else if line.hasBytes("By ") {
            line = BylineCut.splittingMidLine(line)
        }
        let opening = line.utf8.prefix(2)
        if opening.count == 2, opening.allSatisfy({ $0 >= 65 && $0 <= 90 }) || (opening.first == UInt8(ascii: "(")) {
            // Datelines and speaker tags open with capitals: "ROME (", "ANA ANCHOR, …:", "(BEGIN …)".
            if line.utf8.prefix(80).contains(UInt8(ascii: "(")) { line = removingPrefix(FurniturePatterns.dateline, from: line) }
            if line.utf8.prefix(120).contains(UInt8(ascii: ":")) { line = removingPrefix(FurniturePatterns.speakerTag, from: line) }
        }
        if line.utf8.starts(with: "Skip to ".utf8) { line = removingPrefix(FurniturePatterns.skipLink, from: line) }
        line = line.trimmedWhiteSpace
        if line.isEmpty || isFurnitureLine(line) { return nil }
        // What is left may still carry a caption's credit or a speaker's tag in mid-line.
        if line.utf8.contains(UInt8(ascii: "/")), creditWords.contains(where: { line.hasBytes($0) }) {
            line = removingAll(FurniturePatterns.inlineCredit, from: line)
        }
        if line.hasBytes(": "), hasUpperCaseRun(line) { line = removingAll(FurniturePatterns.inlineSpeakerTag, from: line) }
        line = line.trimmedWhiteSpace
        return line.isEmpty ? nil : line
    }

    /// Pages put the lead photo's caption between the byline and the text; when the caption
    /// ends in a date the text runs on from ("Crowds at the court on 5 May 2010 Jurors heard…"),
    /// the caption goes. Only right after a byline: elsewhere a date after "on" is the sentence's.
    static func withoutCaptionAfterByline(_ line: String) -> String {
        guard LineShape.hasYearBeforeCapital(line) else { return line }
        let range = NSRange(line.startIndex..., in: line)
        guard let match = FurniturePatterns.runInDate.firstMatch(in: line, range: range), match.range.location <= 160,
              let whole = Range(match.range, in: line) else { return line }
        return String(line[whole.upperBound...])
    }


    /// Whole lines that are furniture: captions ending in a credit, stage directions, prompts.
    static func isFurnitureLine(_ line: String) -> Bool {
        let shape = LineShape(line)
        let words = shape.words
        if words <= 30, creditWords.contains(where: { line.hasBytes($0) }), matches(FurniturePatterns.credit, line) { return true }
        if line.utf8.first == UInt8(ascii: "("), matches(FurniturePatterns.stageDirection, line) { return true }
        if words <= 25, Prompts.isPrompt(line) { return true }
        if words <= 10, isCreditLine(line, shape) { return true }
        if words <= 12, line.hasBytes(" for "), matches(FurniturePatterns.outletByline, line) { return true }
        if words <= 8, line.hasBytes(" in "), matches(FurniturePatterns.placeByline, line) { return true }
        if words <= 6, shape.hasParenthesis, shape.digits > 0, matches(FurniturePatterns.mediaCount, line) { return true }
        return BroadcastListings.isListing(line, shape) || ContactLines.isContact(line, shape)
    }

    /// A photo's credit alone on its line: names joined by slashes or "via", ending with an
    /// agency ("Jo Roe/Agency/Getty Images") or opening with a photo desk ("AP Photo/Jo Roe").
    static func isCreditLine(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.hasSlash || line.hasBytes("via ") else { return false }
        let last = line.split(whereSeparator: { $0 == " " || $0 == "/" }).last.map(String.init) ?? ""
        let desk = line.split(separator: "/").first?.split(separator: " ").last.map(String.init) ?? ""
        guard FurniturePatterns.creditEnds.contains(last) || FurniturePatterns.creditEnds.contains(desk) else { return false }
        return matches(FurniturePatterns.creditLine, line)
    }

    /// A comment header ("March 23, 2011 at 11:06 pm | Reply", "At 12:40 pm on 10 Jun 2010, H
    /// wrote: ...") or a comment button line.
    static func isCommentThreadStart(_ line: String) -> Bool {
        if line.hasBytes(" wrote"), matches(FurniturePatterns.commentHeader, line) { return true }
        guard line.utf8.contains(UInt8(ascii: "|")) || line.utf8.count <= 30 else { return false }
        guard commentWords.contains(where: { line.hasBytes($0) }) else { return false }
        return matches(FurniturePatterns.commentMarker, line)
    }

    /// Words of a line, counted on bytes: this is asked of every line.
    static func wordCount(_ line: String) -> Int {
        var count = 0
        var inWord = false
        for byte in line.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Cheap tests before the regular expressions: each pattern needs one of these words.
    static let stampOpenings = ["Last", "Updated", "Published", "Posted", "First", "Page"]
    static let creditWords = ["Photo", "Picture", "Image", "Illustration", "Video", "Composite"]
    static let commentWords = ["Reply", "Report", "Recommend", "Flag", "Permalink"]

    /// A commenter's name line: a few words, no sentence end.
    static func isShortNameLine(_ line: String) -> Bool {
        line.split(separator: " ").count <= 4 && !(line.last.map { ".!?\"”".contains($0) } ?? false)
    }

    /// A mid-line date stamp becomes a paragraph break.
    static func splittingAtStamp(_ line: String) -> String {
        guard let match = FurniturePatterns.lastUpdatedStamp.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              match.range.location > 0, let range = Range(match.range, in: line) else { return line }
        return line[..<range.lowerBound].trimmedWhiteSpace + "\n" + line[range.upperBound...].trimmedWhiteSpace
    }

    static func matches(_ pattern: NSRegularExpression, _ line: String) -> Bool {
        pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    static func removingAll(_ pattern: NSRegularExpression, from line: String) -> String {
        let range = NSRange(line.startIndex..., in: line)
        let result = pattern.stringByReplacingMatches(in: line, range: range, withTemplate: "")
        return result.utf8.count == line.utf8.count ? line : result.replacingOccurrences(of: "  ", with: " ")
    }

    /// Two capital letters in a row somewhere: the cheap test before the speaker-tag pattern.
    static func hasUpperCaseRun(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte >= 65 && byte <= 90 && previous >= 65 && previous <= 90 { return true }
            previous = byte
        }
        return false
    }

    static func removingPrefix(_ pattern: NSRegularExpression, from line: String) -> String {
        guard let match = pattern.firstMatch(in: line, options: [.anchored], range: NSRange(line.startIndex..., in: line)),
              match.range.length > 0, let range = Range(match.range, in: line) else { return line }
        return String(line[range.upperBound...])
    }
}
