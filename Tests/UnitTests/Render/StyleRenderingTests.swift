import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// Every style shipped in styles/ renders the fixture briefing into a PDF that passes
/// `qpdf --check`, has the paper size the style names, and embeds every font as a subset.
@Suite(.serialized)
struct StyleRenderingTests {
    static let stylesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("styles")

    /// The paper each shipped style must give, as pdfinfo names it.
    static let expectedSizes = ["default": "595.28 x 841.89 pts (A4)", "letter": "612 x 792 pts (letter)",
                                "print": "595.28 x 841.89 pts (A4)", "compact": "595.28 x 841.89 pts (A4)"]

    /// This test's own folder, removed when the test's instance goes away.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func render(style name: String) throws -> String {
        let style = try Style.load(path: Self.stylesFolder.appendingPathComponent(name + ".toml").path)
        let path = folder.path + "/" + name + ".pdf"
        try PDFRenderer(style: style).render(RenderFixture.briefing(), toPDF: path)
        return path
    }

    @Test func everyShippedStyleIsListedHere() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.stylesFolder.path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        #expect(Set(files) == Set(Self.expectedSizes.keys))
    }

    @Test(arguments: ["default", "letter", "print", "compact"])
    func styleRendersCleanAtItsPaperSize(name: String) throws {
        let path = try render(style: name)
        let check = try PDFTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(name): \(check.output)")
        let info = try PDFTools.run("pdfinfo", [path]).output
        let size = info.split(separator: "\n").first { $0.hasPrefix("Page size:") }
            .map { $0.dropFirst("Page size:".count).trimmingCharacters(in: .whitespaces) }
        #expect(size == Self.expectedSizes[name], "\(name): \(info)")
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        for title in BriefingComposer.sectionTitles {
            #expect(text.contains(title), "\(name): no section \(title)")
        }
    }

    @Test(arguments: ["default", "letter", "print", "compact"])
    func everyFontIsEmbeddedAsASubset(name: String) throws {
        let path = try render(style: name)
        let rows = try PDFTools.run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            // Columns: name type encoding emb sub uni object ID; a subset's name has a "ABCDEF+" tag.
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "\(name): not embedded: \(row)")
            #expect(columns.count >= 7 && columns[columns.count - 4] == "yes", "\(name): not a subset: \(row)")
            #expect(columns.first?.dropFirst(6).first == "+", "\(name): no subset tag: \(row)")
        }
    }

    @Test func printStyleIsLargerAndGrayscaleSafe() throws {
        let print = try Style.load(path: Self.stylesFolder.appendingPathComponent("print.toml").path)
        #expect(print.bodySize > Style.default.bodySize)
        #expect(print.chartPatterns)
        // Neighbouring chart colours differ in lightness, so a grayscale print still tells them apart.
        func luminance(_ c: StyleColor) -> Double { 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue }
        for (a, b) in zip(print.chartPalette, print.chartPalette.dropFirst().prefix(3)) {
            #expect(abs(luminance(a) - luminance(b)) > 0.1, "\(a) and \(b) look alike in grayscale")
        }
    }

    @Test func compactStyleGivesASmallerFile() throws {
        let compact = try render(style: "compact")
        let standard = try render(style: "default")
        func size(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        #expect(try size(compact) < size(standard))
        #expect(try size(standard) < 300_000)
    }

    @Test func aStyleExtendingAnotherInheritsItsKeys() throws {
        let letter = try Style.load(path: Self.stylesFolder.appendingPathComponent("letter.toml").path)
        #expect(letter.pageWidth == 612 && letter.pageHeight == 792)
        #expect(letter.bodyFont == Style.default.bodyFont && letter.accentColor == Style.default.accentColor)
    }
}
