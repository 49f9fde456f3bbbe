import BriefingModel
import Foundation
import Ink
import Yams

/// Markdown, with optional YAML front matter (`title`, `date`, `source`, `url`, `author`, `tags`).
///
/// The Markdown itself is parsed by Ink (John Sundell's CommonMark-style parser), not line by
/// line: lists, setext headings, reference links, tables and code fences are what the author
/// meant. The title is the front matter's, else the first top-level heading, else the first
/// line; code blocks are left out of the body, which is prose for the analysis.
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
        let document = MarkdownParser().parse(
            MarkdownInlineGuard.guarded(MarkdownHTML.withoutMetadataOpening(MarkdownHTML.atxHeadings(markdown))))
        var html = document.html
        if fields["title"] == nil, let heading = document.title, !heading.isEmpty {
            fields["title"] = HTMLText.decodeEntities(heading)
            html = MarkdownHTML.removingFirst("h1", from: html)
        }
        var lines = HTMLText.plain(MarkdownHTML.removingAll("pre", from: html)).split(separator: "\n").map(String.init)
        if fields["title"] == nil, !lines.isEmpty { fields["title"] = lines.removeFirst() }
        fields["text"] = lines.joined(separator: "\n")
        guard let article = ArticleRecord(fields: fields).article(id: file.id, path: file.path) else {
            return .failed(FormatProblem("no title or text"))
        }
        return FileOutcome(articles: [article])
    }
}

/// Elements cut from the HTML Ink writes (which is regular: lower-case tags, no attributes on
/// headings, every element closed).
enum MarkdownHTML {
    /// The text with an opening `---` line written `***` (the same thematic break). Why: Ink
    /// reads a document that opens with `---` as its own front matter, and its reader runs past
    /// the end of a block left open (a trap, found by fuzzing); front matter is read before Ink
    /// is called, so Ink never needs to.
    static func withoutMetadataOpening(_ markdown: String) -> String {
        guard let start = markdown.firstIndex(where: { !$0.isWhitespace }), markdown[start...].hasPrefix("---") else {
            return markdown
        }
        let end = markdown.index(start, offsetBy: 3)
        return markdown[..<start] + "***" + markdown[end...]
    }

    /// Setext headings ("Title" over a line of `=` or `-`) written as `#` headings, which Ink
    /// 0.6 reads (it does not know the setext form).
    static func atxHeadings(_ markdown: Substring) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 1
        while index < lines.count {
            let underline = lines[index].trimmedWhiteSpace
            let text = lines[index - 1].trimmedWhiteSpace
            if underline.count >= 3, let mark = underline.first, mark == "=" || mark == "-", underline.allSatisfy({ $0 == mark }),
               !text.isEmpty, !text.hasPrefix("#"), !text.hasPrefix("-"), !text.hasPrefix("*"), !text.hasPrefix(">") {
                lines[index - 1] = (mark == "=" ? "# " : "## ") + text
                lines.remove(at: index)
                continue
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    static func removingFirst(_ tag: String, from html: String) -> String {
        guard let open = html.range(of: "<\(tag)"), let close = html.range(of: "</\(tag)>", range: open.upperBound..<html.endIndex) else {
            return html
        }
        return String(html[..<open.lowerBound]) + String(html[close.upperBound...])
    }

    static func removingAll(_ tag: String, from html: String) -> String {
        var html = html
        var previous = ""
        while previous.utf8.count != html.utf8.count {
            previous = html
            html = removingFirst(tag, from: html)
        }
        return html
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
