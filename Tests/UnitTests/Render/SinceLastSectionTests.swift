import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// "Since the last briefing" near the front when the briefing was compared with an earlier one,
/// and nowhere when it was not.
@Suite(.serialized)
struct SinceLastSectionTests {
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func text(of b: Briefing) throws -> String {
        let path = folder.path + "/since.pdf"
        try PDFRenderer(style: .default).render(b, toPDF: path)
        return try PDFTools.run("pdftotext", ["-l", "3", path, "-"]).output
    }

    @Test func theChangesAreListedAfterTheKeyDevelopments() throws {
        var b = RenderFixture.briefing()
        let ids = b.articles.map(\.id)
        b.changes = BriefingChanges(
            previousPeriod: .init(first: Day(year: 2024, month: 2, day: 26), last: Day(year: 2024, month: 3, day: 3)),
            previousTitle: "Last week", volume: .init(articles: 60, previousArticles: 41),
            newStories: [.init(title: "Sanctions and energy", articles: Array(ids[6..<9]))],
            continuingStories: [.init(title: "Geneva talks", previousTitle: "Talks open in Geneva", articles: Array(ids[0..<5]),
                                      previousArticles: ["old/1"], similarity: 0.4)],
            endedStories: [.init(title: "Port strike", articles: ["old/2"])],
            risingTopics: [.init(label: "sanctions", now: 15, before: 3, articles: Array(ids[10..<25]), trend: [1, 3, 15])],
            fadingTopics: [], newParticipants: [.init(name: "Geneva", kind: .place, mentions: 12, articles: Array(ids[0..<6]))],
            seenArticles: [ids[0]])
        let text = try text(of: b)
        // The contents list names both sections first; the sections themselves follow in order.
        let compared = try #require(text.range(of: "Compared with"))
        let parts = text.components(separatedBy: "Key developments")
        #expect(parts.count >= 3, "the contents entry and the heading")
        let beforeSection = String(text[..<compared.lowerBound])
        #expect(beforeSection.components(separatedBy: "Key developments").count >= 3, "the key developments come first")
        let section = String(text[compared.lowerBound...].prefix(900))
        #expect(section.contains("Compared with 26 February – 3 March 2024 (41 articles); 60 articles now, 1 of them already briefed."))
        for line in ["New:", "Sanctions and energy", "Continuing:", "Rising:", "sanctions 3 → 15", "First seen:", "No longer covered:"] {
            #expect(section.contains(line), "\(line) missing from: \(section)")
        }
    }

    @Test func aBriefingWithoutAComparisonHasNoSuchSection() throws {
        #expect(!(try text(of: RenderFixture.briefing())).contains(SinceLastSection.title))
    }

    @Test func theSparklineRisesWithTheCounts() {
        #expect(SinceLastSection.sparkline([0, 4, 8]) == "▁▄█")
        #expect(SinceLastSection.sparkline([0, 0]) == "▁▁")
    }
}
