import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// The timeline section as a reader sees it: undated sources get their events in coverage
/// order with no dates, and month-level entries are marked as months.
@Suite("Timeline section: coverage order for undated sources, months marked as months", .serialized)
struct TimelineSectionTests {
    private func timelineText(_ briefing: Briefing) throws -> String {
        let folder = try TemporaryFolder()
        let path = folder.path + "/timeline.pdf"
        try PDFRenderer(style: .default).render(briefing, toPDF: path)
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        // From the section heading (after the contents' entry) to the next section.
        let section = text.components(separatedBy: "Timeline\n").last ?? ""
        return section.components(separatedBy: "\nParticipants\n").first ?? section
    }

    @Test func undatedSourcesShowTheirEventsInCoverageOrderWithoutDates() throws {
        var briefing = RenderFixture.briefing(dated: false, articleCount: 12)
        // The second story is told first in the sources: it must come first.
        briefing.stories.reverse()
        briefing.stories[0].articles = Array(briefing.articles.prefix(3).map(\.id))
        briefing.stories[1].articles = Array(briefing.articles.dropFirst(3).prefix(3).map(\.id))
        let text = try timelineText(briefing)
        #expect(text.contains("in the order the coverage presents them"))
        let first = try #require(text.range(of: "1. \(briefing.stories[0].title)"))
        let second = try #require(text.range(of: "2. \(briefing.stories[1].title)"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(text.contains(briefing.stories[0].summary[0]))
        // No calendar words at all: no month, no "Articles per day" axis.
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        #expect(!months.contains { text.contains(" \($0) ") || text.contains("\($0) 20") })
        #expect(!text.contains("Articles per day"))
    }

    @Test func aMonthLevelEntryIsShownAsAMonthNeverAsItsFirstDay() throws {
        var briefing = RenderFixture.briefing()
        let march = Day(year: 2024, month: 3, day: 1)!
        briefing.timeline.append(TimelineEntry(date: march, label: "Negotiators met repeatedly over the month",
                                               weight: 0.1, articles: [briefing.articles[0].id], unit: .month))
        // Table cells wrap: read the section as one line.
        let text = try timelineText(briefing).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Mar 2024 (month)"))
        #expect(!text.contains("1 Mar 2024") && !text.contains("1 Mar:"))
        #expect(text.contains("months the coverage names as a whole"))
        // On the chart too: labelled with the month, under the caption that names the brackets.
        #expect(text.contains("Mar 2024: Negotiators met repeatedly"))
        #expect(text.contains("months named as a whole (brackets)"))
    }
}
