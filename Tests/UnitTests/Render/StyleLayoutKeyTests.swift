import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// The `[layout]` counts and `[charts]` scale a style may set, and what the compact style does
/// with them: fewer pages and a smaller file than the default for the same briefing.
@Suite(.serialized)
struct StyleLayoutKeyTests {
    /// This test's own folder, removed when the test's instance goes away.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func write(_ toml: String) throws -> String {
        let path = folder.path + "/keys.toml"
        try toml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func composedText(_ b: Briefing, style: Style) -> String {
        let composer = BriefingComposer(style: style, text: TextContext())
        return composer.compose(b).compactMap { flowable -> String? in
            if let p = flowable as? Paragraph { return p.layout.textBytes.isEmpty ? nil : String(decoding: p.layout.textBytes, as: UTF8.self) }
            if let h = flowable as? Heading { return h.title }
            return nil
        }.joined(separator: "\n")
    }

    @Test func countsAreReadAndAWrongTypeIsNamed() throws {
        let style = try Style.load(path: write("[layout]\nparticipants = 3\nquotes = 0\ncoverage = false\n[charts]\nrow-scale = 0.8\n"))
        #expect(style.participantLimit == 3 && style.quoteLimit == 0 && !style.coverageMatrix)
        #expect(style.chartRowScale == 0.8)
        #expect(try Style.load(path: write("[layout]\nsource-columns = 2\n")).sourceColumns == 2)
        #expect(throws: StyleError.self) { try Style.load(path: write("[layout]\nsource-columns = 9\n")) }
        let path = try write("[layout]\nparticipants = 2.5\n")
        let error = try #require(throws: StyleError.self) { try Style.load(path: path) }
        #expect(error.key == "layout.participants" && error.description.contains(path))
        #expect(error.description.contains("whole number"))
    }

    @Test func theParticipantLimitCutsTheTableWithANote() throws {
        var style = Style.default
        style.participantLimit = 2
        let text = composedText(RenderFixture.briefing(), style: style)
        #expect(text.contains("Showing the first 2 of 5 participants."))
    }

    @Test func theQuoteLimitDropsQuotes() throws {
        var style = RenderFixture.fullStyle
        style.quoteLimit = 0
        let text = composedText(RenderFixture.briefing(), style: style)
        #expect(!text.contains("Pressure only hardens positions."))
        #expect(composedText(RenderFixture.briefing(), style: RenderFixture.fullStyle).contains("Pressure only hardens positions."))
    }

    @Test func compactGivesFewerPagesAndASmallerFile() throws {
        let compact = try Style.load(path: StyleRenderingTests.stylesFolder.appendingPathComponent("compact.toml").path)
        let briefing = RenderFixture.briefing(articleCount: 12)
        let pages = (PDFRenderer(style: compact).pageCount(of: briefing),
                     PDFRenderer(style: .default).pageCount(of: briefing))
        #expect(pages.0 < pages.1, "compact \(pages.0) pages, default \(pages.1)")
        let paths = (folder.path + "/c.pdf", folder.path + "/d.pdf")
        try PDFRenderer(style: compact).render(briefing, toPDF: paths.0)
        try PDFRenderer(style: .default).render(briefing, toPDF: paths.1)
        func size(_ path: String) throws -> Int { (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        #expect(try size(paths.0) < size(paths.1))
    }
}
