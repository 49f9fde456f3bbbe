import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// What text extraction (search, copy, screen readers) gets out of the PDF: hyphenated words
/// whole, and every script the sources use, drawn with a font that has it.
@Suite(.serialized)
struct TextExtractionTests {
    /// Long words that libhyphen breaks, in a justified story summary long enough to wrap often.
    static let words = ["international", "negotiations", "verification", "administration",
                        "representatives", "infrastructure", "characteristically", "responsibilities"]

    private func briefing(summary: String) -> Briefing {
        var b = RenderFixture.briefing(articleCount: 12)
        b.stories = [Story(title: "Story with long words", articles: [b.articles[0].id], summary: [summary])]
        return b
    }

    /// This test's own folder, removed when the test's instance goes away.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func render(_ b: Briefing, name: String) throws -> String {
        let path = folder.path + "/" + name
        try PDFRenderer(style: RenderFixture.fullStyle).render(b, toPDF: path)
        return path
    }

    @Test func hyphenatedWordsComeOutWhole() throws {
        let sentence = Self.words.joined(separator: " and ") + ". "
        let path = try render(briefing(summary: String(repeating: sentence, count: 12)), name: "hyphens.pdf")
        // The layout really broke words: some lines end in a hyphen...
        let layout = try PDFTools.run("pdftotext", ["-layout", path, "-"]).output
        let broken = layout.split(separator: "\n").filter { line in
            guard line.hasSuffix("-"), let last = line.split(separator: " ").last else { return false }
            return Self.words.contains { $0.hasPrefix(last.dropLast()) && $0 != String(last.dropLast()) }
        }
        #expect(!broken.isEmpty, "no word was hyphenated at a line end")
        // ...and reading order puts them back together, with no soft hyphen left in the text.
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        #expect(!text.contains("\u{00AD}"))
        let story = try #require(text.range(of: "Story with long words"))
        let after = text[story.upperBound...]
        let count = Self.words.map { after.components(separatedBy: $0).count - 1 }.reduce(0, +)
        #expect(count >= Self.words.count * 12, "only \(count) whole words")
    }

    /// A soft hyphen the layout did not break at must not reach the text layer either: inside a
    /// ligature ("signif\u{AD}icant") cairo writes it into the PDF's text, and search misses the word.
    @Test func unbrokenWordsHoldNoSoftHyphen() throws {
        let words = ["significant", "definitions", "specifically", "indefinitely", "different", "official"]
        let sentence = words.joined(separator: " and ") + ". "
        let path = try render(briefing(summary: String(repeating: sentence, count: 8)), name: "ligatures.pdf")
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        #expect(!text.contains("\u{00AD}"))
        let whole = words.map { text.components(separatedBy: $0).count - 1 }.reduce(0, +)
        // Words broken at a line end come back whole through "-" + newline only in reading
        // order; most stay on one line, so most must be found as written.
        #expect(whole >= words.count * 8 * 3 / 4, "only \(whole) words found whole")
    }

    @Test func hardeningKeepsLinksOnTheirText() {
        var m = Markup()
        m.append("nego\u{00AD}ti\u{00AD}ations & talks ")
        m.link("[1]", to: "source-1")
        // The soft hyphen after "nego" is at byte 4.
        let hard = m.hardeningSoftHyphens(at: [4])
        // The break becomes "-" and a line separator (2 bytes more), the unused soft hyphen
        // after "ti" goes (2 bytes fewer).
        #expect(hard.markup.hasPrefix("nego-\u{2028}tiations &amp; talks"))
        #expect(hard.displayedBytes == m.displayedBytes)
        #expect(hard.links.first?.bytes == m.links[0].bytes)
        let none = m.hardeningSoftHyphens(at: [])
        #expect(none.markup.hasPrefix("negotiations &amp; talks"))
        #expect(none.displayedBytes == m.displayedBytes - 4)
        #expect(none.links.first?.bytes == (m.links[0].bytes.lowerBound - 4)..<(m.links[0].bytes.upperBound - 4))
    }

    @Test func otherScriptsAreDrawnAndExtracted() throws {
        var samples = ["Сергей Лавров", "Αθήνα", "القاهرة"]
        let cjk = try PDFTools.run("fc-list", [":lang=zh"]).output
        if !cjk.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { samples.append("北京") }
        var b = RenderFixture.briefing(articleCount: 6)
        b.executiveSummary = samples.map { CitedSentence(text: "Mentioned: \($0).", articles: [b.articles[0].id]) }
        let path = try render(b, name: "scripts.pdf")
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        for sample in samples {
            #expect(text.contains(sample), "\(sample) missing from the text")
        }
        let fonts = try PDFTools.run("pdffonts", [path]).output
        #expect(fonts.contains("Arabic") || fonts.contains("DejaVu"), "no font for Arabic: \(fonts)")
        // With Noto's Arabic installed, the style's family list picks it over DejaVu's.
        let naskh = try PDFTools.run("fc-list", ["Noto Naskh Arabic"]).output
        if !naskh.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            #expect(fonts.contains("NotoNaskhArabic"), "Arabic not set in Noto Naskh Arabic: \(fonts)")
        }
        // Every font is embedded as a subset.
        for line in fonts.split(separator: "\n").dropFirst(2) {
            let columns = line.split(separator: " ")
            #expect(columns.count >= 5 && line.contains(" yes yes "), "not embedded as a subset: \(line)")
        }
        if samples.contains("北京") { #expect(fonts.contains("CJK"), "no CJK font: \(fonts)") }
    }
}
