import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// What a screen reader gets from the PDF: the document's language, a structure tree of
/// headings, paragraphs, lists and tables, and a sentence for every chart.
@Suite(.serialized)
struct AccessibilityTests {
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// The rendered fixture, rewritten by qpdf with every object plain and readable.
    private func readablePDF() throws -> (path: String, objects: String) {
        let path = folder.path + "/tagged.pdf"
        try PDFRenderer(style: .default).render(RenderFixture.briefing(), toPDF: path)
        let plain = folder.path + "/plain.pdf"
        _ = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, plain])
        return (path, String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self))
    }

    /// Text strings written as `<FEFF...>` hex, decoded.
    private func alternativeTexts(in objects: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: "/Alt <([0-9a-fA-F]+)>")
        return pattern.matches(in: objects, range: NSRange(objects.startIndex..., in: objects)).compactMap { match in
            guard let range = Range(match.range(at: 1), in: objects) else { return nil }
            let hex = Array(objects[range].dropFirst(4))
            var units: [UInt16] = []
            var index = 0
            while index + 4 <= hex.count {
                units.append(UInt16(String(hex[index..<(index + 4)]), radix: 16) ?? 0)
                index += 4
            }
            return String(decoding: units, as: UTF16.self)
        }
    }

    @Test func theDocumentDeclaresItsLanguageAndStaysValid() throws {
        let (path, objects) = try readablePDF()
        #expect(objects.contains("/Lang <feff0065006e>"), "no /Lang (en) in the catalog")
        #expect(objects.contains("/DisplayDocTitle true"))
        let check = try PDFTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "qpdf: \(check.output)")
        #expect(try PDFTools.run("pdfinfo", [path]).output.contains("Tagged:          yes"))
    }

    @Test func headingsParagraphsListsAndTablesAreTagged() throws {
        let (_, objects) = try readablePDF()
        for tag in ["H1", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure"] {
            #expect(objects.contains("/S /\(tag)\n"), "no \(tag) structure element")
        }
    }

    @Test func everyChartHasASentenceSayingWhatItShows() throws {
        let (_, objects) = try readablePDF()
        let figures = objects.components(separatedBy: "/S /Figure\n").count - 1
        let texts = alternativeTexts(in: objects)
        #expect(figures >= 2)
        #expect(texts.count == figures, "\(figures) figures, \(texts.count) alternative texts")
        // The topic chart names its largest topic with its count; the timeline names its span.
        #expect(texts.contains { $0.hasPrefix("Bar chart of articles per topic: arms control 30") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Timeline of ") && $0.contains("March 2024") }, "\(texts)")
        #expect(texts.allSatisfy { $0.hasSuffix(".") && !$0.hasSuffix("..") })
    }
}
