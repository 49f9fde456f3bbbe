import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// Renders fixture briefings and checks the PDF with the installed tools, as a reader's
/// software would see it.
@Suite(.serialized)
struct PDFRendererTests {
    /// This test's own folder, removed when the test's instance goes away.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Renders into the test's folder, or into `BRIEFING_RENDER_KEEP` (kept) to look at the result.
    private func render(_ briefing: Briefing, name: String, style: Style = .default) throws -> String {
        var target = folder.path
        if let keep = ProcessInfo.processInfo.environment["BRIEFING_RENDER_KEEP"] {
            target = keep
            try FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
        }
        let path = target + "/" + name
        try PDFRenderer(style: style).render(briefing, toPDF: path)
        return path
    }

    @Test func datedBriefingPassesQPDFCheck() throws {
        let path = try render(RenderFixture.briefing(), name: "dated.pdf")
        let check = try PDFTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func pageSizeIsA4AndTitleIsSet() throws {
        let path = try render(RenderFixture.briefing(), name: "info.pdf")
        let info = try PDFTools.run("pdfinfo", [path]).output
        func field(_ name: String) -> String? {
            info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
                .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
        }
        #expect(field("Page size") == "595.28 x 841.89 pts (A4)", "\(info)")
        #expect(field("Title") == RenderFixture.title, "\(info)")
        #expect(field("Creator") == "Briefing", "\(info)")
        #expect(field("Keywords")?.hasPrefix("arms control") == true, "\(info)")
        #expect(field("CreationDate")?.contains("2024") == true, "\(info)")
    }

    @Test func everyFontIsEmbedded() throws {
        let path = try render(RenderFixture.briefing(), name: "fonts.pdf")
        let fonts = try PDFTools.run("pdffonts", [path]).output
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name type encoding emb sub uni object ID
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
    }

    @Test func sectionsAppearInReadingOrder() throws {
        let briefing = RenderFixture.briefing()
        let path = try render(briefing, name: "order.pdf")
        let text = try PDFTools.run("pdftotext", ["-layout", path, "-"]).output
        var cursor = text.startIndex
        for heading in BriefingComposer.sectionTitles {
            let found = text.range(of: heading, range: cursor..<text.endIndex)
            #expect(found != nil, "missing or out of order: \(heading)")
            if let found { cursor = found.upperBound }
        }
        // Escaped markup characters come through as text.
        #expect(text.contains("gas & oil"))
        #expect(text.contains("sanctions < expectations"))
        #expect(text.contains("Weekly>"))
    }

    @Test func sourcesListSpansPagesAndListsEveryTitle() throws {
        let briefing = RenderFixture.briefing(articleCount: 150)
        let path = try render(briefing, name: "long.pdf", style: RenderFixture.fullStyle)
        let pages = try PDFTools.run("qpdf", ["--show-npages", path])
        let count = Int(pages.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(count >= 6, "\(pages.output)")
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        for article in briefing.articles {
            #expect(text.contains(article.title), "missing source: \(article.title)")
        }
        #expect(text.contains("Page \(count) of \(count)"))
        #expect(text.contains("not valid JSON at line 3"))
        #expect(text.contains("decoded as Windows-1252"))
    }

    /// A brief briefing lists only the articles it cites, numbered as first cited (so "[1]" is
    /// the first citation of the document), and counts the rest.
    @Test func briefSourcesListOnlyTheCitedArticles() throws {
        let briefing = RenderFixture.briefing(articleCount: 150)
        let path = try render(briefing, name: "brief.pdf")
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        let sources = try #require(text.range(of: "\nSources\n", options: .backwards))
        let listed = briefing.articles.filter { text[sources.upperBound...].contains($0.title + " ") || text[sources.upperBound...].contains($0.title + "\n") }
        #expect(!listed.isEmpty && listed.count < briefing.articles.count)
        #expect(text.contains("And \(briefing.articles.count - listed.count) more articles analysed."))
        let firstCitation = try #require(text.range(of: "["))
        #expect(text[firstCitation.upperBound...].hasPrefix("1"))
        #expect(try PDFTools.run("qpdf", ["--check", path]).status == 0)
    }

    @Test func outlineHasAnEntryPerSection() throws {
        let path = try render(RenderFixture.briefing(), name: "outline.pdf")
        let json = try PDFTools.run("qpdf", ["--json", "--json-key=outlines", path])
        #expect(json.status == 0, "\(json.output)")
        for title in BriefingComposer.sectionTitles {
            #expect(json.output.contains("\"title\": \"\(title)\""), "no outline entry for \(title)")
        }
    }

    @Test func undatedBriefingSaysSoAndInventsNoDates() throws {
        let briefing = RenderFixture.briefing(dated: false, articleCount: 12)
        // Full detail: every article in the sources list, each saying "undated".
        let path = try render(briefing, name: "undated.pdf", style: RenderFixture.fullStyle)
        let check = try PDFTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        #expect(text.contains("Undated sources"))
        #expect(text.contains("The sources carry no dates"))
        // No time axis and no day of the fixture's (dated) plan; every source says "undated".
        #expect(!text.contains("Articles per day"))
        #expect(!text.contains("4 Mar"))
        #expect(text.components(separatedBy: "undated").count - 1 >= briefing.articles.count)
    }

    @Test func citationsLinkToTheSourcesList() throws {
        let path = try render(RenderFixture.briefing(), name: "links.pdf")
        let qdf = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(qdf.contains("/Subtype /Link"))
        #expect(qdf.contains("source-1"))
    }

    @Test func pngPreviewIsWritten() throws {
        let path = folder.path + "/page1.png"
        try PDFRenderer(style: .default).renderPNG(RenderFixture.briefing(), page: 1, to: path, dpi: 50)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(throws: RenderError.self) {
            try PDFRenderer(style: .default).renderPNG(RenderFixture.briefing(), page: 999, to: path, dpi: 50)
        }
    }

    @Test func unwritablePathIsANamedError() {
        #expect(throws: RenderError.self) {
            try PDFRenderer(style: .default).render(RenderFixture.briefing(), toPDF: "/nonexistent/dir/x.pdf")
        }
    }
}
