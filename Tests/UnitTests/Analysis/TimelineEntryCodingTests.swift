import Foundation
import Testing
import BriefingModel

/// The timeline's JSON: month-level entries say so, and timelines written before the unit
/// existed still read.
@Suite("Timeline entries: the unit field in JSON")
struct TimelineEntryCodingTests {
    @Test func anEntryWithoutAUnitReadsAsADay() throws {
        let old = #"{"date":"2010-04-20","label":"The rig explodes","weight":3.5,"articles":["a"]}"#
        let entry = try JSONDecoder().decode(TimelineEntry.self, from: Data(old.utf8))
        #expect(entry.unit == .day && entry.date == Day(year: 2010, month: 4, day: 20)! && entry.articles == ["a"])
    }

    @Test func aMonthEntryKeepsItsUnitThroughJSON() throws {
        let month = TimelineEntry(date: Day(year: 2010, month: 6, day: 1)!, label: "The cap is fitted", weight: 0.2,
                                  articles: ["a", "b"], unit: .month)
        let data = try JSONEncoder().encode(month)
        #expect(String(decoding: data, as: UTF8.self).contains(#""unit":"month""#))
        #expect(try JSONDecoder().decode(TimelineEntry.self, from: data) == month)
    }
}
