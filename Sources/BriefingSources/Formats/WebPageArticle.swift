import BriefingModel
import Foundation

/// A saved web page (`.html`, `.htm`, or HTML by content) read as one article: its metadata
/// from the page's own statements, its body the main article text only (see `MainContent`).
enum WebPageArticle {
    static func parse(_ data: Data, file: ArticleFile) -> FileOutcome {
        data.withUnsafeBytes { bytes in
            var bytes = bytes
            let charset = PageCharset.detect(bytes)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeRawBufferPointer(rebasing: bytes.dropFirst(3)) }
            let pruned = PagePruner(bytes)
            let read = pruned.output.withUnsafeBytes { page in
                PageWalker.walk(page, encoding: charset)
                    ?? PageWalker.walk(page, encoding: PageCharset.isUTF8(page) ? "UTF-8" : "WINDOWS-1252")
            }
            guard let walker = read else { return .failed(FormatProblem("HTML that libxml2 cannot read")) }
            walker.addJSONLD(pruned.jsonLD)
            let metadata = PageMetadata(walker.signals)
            var content = MainContent(walker)
            let body = BoilerplateCleaner.clean(content.paragraphs().joined(separator: "\n"))
            // Only the first paragraph is handed over: a hostile page's body can be tens of megabytes.
            let firstParagraph = String(body.utf8.prefix(while: { $0 != 0x0A })) ?? ""
            guard let title = metadata.title ?? TitleFromText.firstSentence(of: firstParagraph), !(title.isEmpty && body.isEmpty) else {
                return .failed(FormatProblem("a web page with no title or article text"))
            }
            let article = Article(id: file.id, title: title, body: body, date: metadata.stamp?.day, source: metadata.source,
                                  url: metadata.url, path: file.path, time: metadata.stamp?.time, author: metadata.author)
            return FileOutcome(articles: [article])
        }
    }
}
