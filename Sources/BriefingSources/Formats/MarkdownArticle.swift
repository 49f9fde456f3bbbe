import BriefingModel
import Foundation
import Yams

/// Markdown, with optional YAML front matter (`title`, `date`, `source`, `url`, `author`, `tags`).
///
/// The title is the front matter's, else the first `#` heading, else the first line. The body
/// loses its Markdown markup (headings' hashes, emphasis, link targets, images) so the analysis
/// reads prose.
enum MarkdownArticle {
    static func parse(_ text: String, file: ArticleFile) -> FileOutcome {
        var fields: [String: Any] = [:]
        var markdown = Substring(text)
        if let frontMatter = FrontMatter.split(text) {
            do {
                fields = try FrontMatter.fields(frontMatter.yaml)
            } catch let problem as FormatProblem {
                return .failed(problem)
            } catch {
                return .failed(FormatProblem("front matter: \(error)"))
            }
            markdown = frontMatter.rest
        }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(MarkdownText.plainLine)
        var body = lines.map(\.text)
        if fields["title"] == nil, let heading = lines.firstIndex(where: { $0.isHeading || !$0.text.isEmpty }) {
            fields["title"] = lines[heading].text
            body.remove(at: heading)
        }
        fields["text"] = body.joined(separator: "\n")
        guard let article = ArticleRecord(fields: fields).article(id: file.id, path: file.path) else {
            return .failed(FormatProblem("no title or text"))
        }
        return FileOutcome(articles: [article])
    }
}

/// The YAML block between `---` lines at the top of a Markdown file.
enum FrontMatter {
    static func split(_ text: String) -> (yaml: String, rest: Substring)? {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        let afterOpening = text[text.index(text.startIndex, offsetBy: 4)...]
        var searchFrom = afterOpening.startIndex
        while let close = afterOpening[searchFrom...].range(of: "\n---") {
            let lineEnd = afterOpening[close.upperBound...].firstIndex(of: "\n") ?? afterOpening.endIndex
            if afterOpening[close.upperBound..<lineEnd].allSatisfy(\.isWhitespace) {
                let yaml = String(afterOpening[..<close.lowerBound])
                let rest = lineEnd < afterOpening.endIndex ? afterOpening[afterOpening.index(after: lineEnd)...] : ""
                return (yaml, rest)
            }
            searchFrom = close.upperBound
        }
        return nil
    }

    /// The front matter's fields; YAML errors carry their line and column in the file
    /// (the YAML starts on line 2, after the opening `---`).
    static func fields(_ yaml: String) throws -> [String: Any] {
        let value: Any?
        do {
            try FrontMatterSize.check(yaml)
            value = try Yams.load(yaml: yaml)
        } catch let error as YamlError {
            throw located(error)
        }
        guard let value else { return [:] }
        guard let mapping = value as? [String: Any] else {
            throw FormatProblem("front matter is not a mapping of keys to values", line: 2, column: 1)
        }
        return mapping
    }

    static func located(_ error: YamlError) -> FormatProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return FormatProblem("malformed front matter: \(problem)", line: mark.line + 1, column: mark.column)
        default:
            return FormatProblem("malformed front matter: \(error)")
        }
    }
}

/// Markdown markup removed from one line.
struct MarkdownText {
    let text: String
    let isHeading: Bool

    static func plainLine(_ line: Substring) -> MarkdownText {
        var line = line.trimmedWhiteSpace
        var heading = false
        if line.hasPrefix("#") {
            line = String(line.drop(while: { $0 == "#" })).trimmedWhiteSpace
            heading = true
        } else if line.hasPrefix("> ") {
            line = String(line.dropFirst(2))
        } else if line.hasPrefix("```") || line == "---" || line == "***" {
            line = ""
        }
        return MarkdownText(text: inline(line), isHeading: heading)
    }

    /// `![alt](src)` dropped, `[text](url)` kept as text, `*`, `_` and backticks around words removed.
    static func inline(_ line: String) -> String {
        guard line.contains(where: { "[*_`!<".contains($0) }) else { return line }
        var output = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "!" || character == "[",
               let link = link(in: line, at: character == "!" ? line.index(after: index) : index) {
                if character == "[" { output += link.text }
                index = link.end
                continue
            }
            if character == "*" || character == "`" || (character == "_" && isBoundary(line, index)) {
                index = line.index(after: index)
                continue
            }
            output.append(character)
            index = line.index(after: index)
        }
        return HTMLText.plain(output)
    }

    static func link(in line: String, at start: String.Index) -> (text: String, end: String.Index)? {
        guard start < line.endIndex, line[start] == "[",
              let closeText = line[start...].firstIndex(of: "]") else { return nil }
        let afterText = line.index(after: closeText)
        guard afterText < line.endIndex, line[afterText] == "(",
              let closeURL = line[afterText...].firstIndex(of: ")") else { return nil }
        return (String(line[line.index(after: start)..<closeText]), line.index(after: closeURL))
    }

    /// `_` marks emphasis at a word edge, not inside snake_case words.
    static func isBoundary(_ line: String, _ index: String.Index) -> Bool {
        let before = index > line.startIndex ? line[line.index(before: index)] : " "
        let afterIndex = line.index(after: index)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
