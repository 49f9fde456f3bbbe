import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// The topic × story coverage matrix and the tone breakdown chart, as a reader finds them in the PDF.
@Suite(.serialized)
struct TopicCoverageAndToneTests {
    private func text(of b: Briefing, name: String) throws -> String {
        let folder = try TemporaryFolder()
        let path = folder.path + "/" + name
        try PDFRenderer(style: RenderFixture.fullStyle).render(b, toPDF: path)
        return try PDFTools.run("pdftotext", [path, "-"]).output
    }

    @Test func coverageMatrixCountsEachStorysArticlesPerTopic() throws {
        var b = RenderFixture.briefing(articleCount: 12)
        let ids = b.articles.map(\.id)
        b.stories = [Story(title: "Geneva talks", articles: Array(ids[0..<4]), summary: ["Talks were held."]),
                     Story(title: "Energy row", articles: Array(ids[4..<7]), summary: ["Gas flows fell."])]
        b.topics = [Topic(label: "pipeline politics", terms: ["pipeline"], mentions: 9, articles: Array(ids[3..<7])),
                    Topic(label: "fisheries", terms: ["fishing quotas"], mentions: 0, articles: [], watched: true)]
        let t = try text(of: b, name: "coverage.pdf")
        #expect(t.contains("Coverage: topics by story"))
        #expect(t.contains("fisheries (watched)"))
        let matrix = try #require(t.range(of: "Coverage: topics by story")).upperBound
        let after = String(t[matrix...].prefix(600))
        // Article 3 is in story 1, articles 4-6 in story 2.
        #expect(after.contains("S1") && after.contains("S2"))
        let cells = after.components(separatedBy: .whitespacesAndNewlines).filter { !$0.isEmpty }
        let row = try #require(cells.firstIndex(of: "politics"))
        #expect(Array(cells[(row + 1)...].prefix(2)) == ["1", "3"])
    }

    @Test func toneChartShowsHedgedReactionsApart() throws {
        var b = RenderFixture.briefing(articleCount: 6)
        let ids = b.articles.map(\.id)
        b.reactions = [
            ReactionTheme(theme: "welcomed", tone: .positive, actors: ["allies"], mentions: 3, articles: [ids[0]], quotes: []),
            ReactionTheme(theme: "welcomed", tone: .positive, actors: ["analysts"], mentions: 2, articles: [ids[1]], quotes: [],
                          hedged: true),
            ReactionTheme(theme: "condemned", tone: .negative, actors: ["critics"], mentions: 4, articles: [ids[2]], quotes: []),
        ]
        let t = try text(of: b, name: "tone.pdf")
        #expect(t.contains("Reaction mentions by tone"))
        #expect(t.contains("5 (2 hedged)"))
        #expect(t.contains("Welcomed (told as likely)"))
    }
}
