@testable import BriefingAnalysis
import BriefingModel
import Testing

/// Relative dates read against a publication day at the edge of the calendar never trap and
/// never name a day outside years 1-9999.
@Suite struct DateEdgeTests {
    static let text = """
    Talks last month failed. Next month they resume, and last year the plan was dropped. \
    Next year it returns. Last week and next week, yesterday and tomorrow, and three years ago \
    and 400 months ago the minister spoke. Last weekend and next Friday too.
    """

    @Test(arguments: [(1, 1, 1), (1, 1, 15), (9999, 12, 31), (9999, 12, 1)])
    func relativeWordsAtTheCalendarEdges(year: Int, month: Int, day: Int) throws {
        let published = try #require(Day(year: year, month: month, day: day))
        let found = DateExtractor.find(SentenceSplitter.split(title: "", body: Self.text), published: published)
        #expect(!found.isEmpty)
        for date in found {
            #expect(Day(iso: date.day.description) == date.day)
            #expect(Day(iso: date.last.description) == date.last)
        }
    }
}
