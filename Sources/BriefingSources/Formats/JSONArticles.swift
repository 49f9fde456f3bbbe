import BriefingModel
import Foundation

/// news-please JSON (one object per file, or an array) and JSON Lines (one object per line,
/// news-please's or a generic `{"id","time","text"}` corpus such as Timeline17).
enum JSONArticles {
    /// One object or an array. A single object takes the file's id; array records take their own
    /// `id` or `path#index`.
    static func parse(_ text: String, file: ArticleFile) -> FileOutcome {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failed(problem(error, in: text))
        }
        switch value {
        case let object as [String: Any]:
            guard let article = ArticleRecord(fields: object).article(id: file.id, path: file.path) else {
                return .failed(FormatProblem("no article text (no maintext, text, content or description field)"))
            }
            return FileOutcome(articles: [article])
        case let array as [Any]:
            var outcome = FileOutcome()
            for (index, element) in array.enumerated() {
                let fallback = "\(file.id)#\(index + 1)"
                guard let object = element as? [String: Any],
                      let article = ArticleRecord(fields: object).article(
                          id: ArticleRecord(fields: object).ownID ?? fallback, path: file.path) else {
                    outcome.skip(SkippedFile(path: file.path, reason: "record \(index + 1): not an article object"))
                    continue
                }
                outcome.articles.append(article)
            }
            return outcome
        default:
            return .failed(FormatProblem("JSON holds neither an object nor an array of articles"))
        }
    }

    /// One object per line; a bad line is skipped and named, the others are read.
    static func parseLines(_ text: String, file: ArticleFile) -> FileOutcome {
        var outcome = FileOutcome()
        var text = text
        text.withUTF8 { bytes in
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                // Lines are found by a plain byte scan: the generic `split` on a UTF-8 view cost a
                // quarter of the reading time.
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                read(line, lineNumber: lineNumber, file: file, into: &outcome)
            }
        }
        TemplateLines.remove(from: &outcome.articles)
        return outcome
    }

    /// One JSON Lines record; a bad one is skipped and named with its line (and column).
    ///
    /// Once a file's bad records are only counted, a line that cannot be an object (it does not
    /// open with `{` and close with `}`) is counted without parsing, and a parse failure without
    /// working out its position: a million broken lines cost what reading them costs.
    static func read(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int, file: ArticleFile, into outcome: inout FileOutcome) {
        if !outcome.namesNextRecord && !mayBeObject(line) {
            outcome.countUnlisted(line: lineNumber)
            return
        }
        do {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                outcome.skip(SkippedFile(path: file.path, reason: "not a JSON object", line: lineNumber))
                return
            }
            let record = ArticleRecord(fields: object)
            guard let article = record.article(id: record.ownID ?? "\(file.id)#\(lineNumber)", path: file.path) else {
                outcome.skip(SkippedFile(path: file.path, reason: "no article text", line: lineNumber))
                return
            }
            outcome.articles.append(article)
        } catch {
            guard outcome.namesNextRecord else {
                outcome.countUnlisted(line: lineNumber)
                return
            }
            let located = problem(error, in: String(decoding: line, as: UTF8.self))
            outcome.skip(SkippedFile(path: file.path, reason: located.message,
                                               line: lineNumber, column: located.column))
        }
    }

    /// True when the line, white space aside, opens with `{` and closes with `}`.
    static func mayBeObject(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }) else {
            return false
        }
        return line[first] == UInt8(ascii: "{") && line[last] == UInt8(ascii: "}")
    }

    /// JSONSerialization reports "around character N" (a byte offset); turn it into line:column.
    static func problem(_ error: Error, in text: String) -> FormatProblem {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let range = detail.range(of: "character "),
              let offset = Int(detail[range.upperBound...].prefix(while: \.isNumber)) else {
            return FormatProblem("malformed JSON: \(detail)")
        }
        let position = FormatProblem.position(ofByte: offset, in: text)
        let reason = detail.replacingOccurrences(of: " around character \(offset)", with: "")
        return FormatProblem("malformed JSON: \(reason)", line: position.line, column: position.column)
    }

    /// JSON Lines when the extension says so, or when the first line is a whole object and
    /// another object follows on the next line (pretty-printed JSON opens with a lone `{`).
    static func looksLikeLines(_ text: String, fileExtension: String) -> Bool {
        if ArticleFormat.jsonLinesExtensions.contains(fileExtension) { return true }
        let lines = text.utf8.prefix(1 << 20).split(separator: 0x0A, maxSplits: 2).prefix(2)
        guard lines.count == 2, let firstLine = lines.first, let secondLine = lines.last else { return false }
        let first = Substring(firstLine).trimmedWhiteSpace
        let second = Substring(secondLine).trimmedWhiteSpace
        return first.hasPrefix("{") && first.hasSuffix("}") && second.hasPrefix("{")
    }
}
