import BriefingModel
import Foundation
import Testing

@Suite struct DayTests {
    @Test func parsesAndPrintsISODays() throws {
        let day = try #require(Day(iso: "2024-12-05"))
        #expect(day.year == 2024 && day.month == 12 && day.day == 5)
        #expect(day.description == "2024-12-05")
    }

    @Test func rejectsImpossibleDays() {
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "2024-1-01") == nil)
        #expect(Day(iso: "yesterday") == nil)
    }

    @Test func ordinalRoundTripsAcrossMonthAndLeapBoundaries() throws {
        #expect(try #require(Day(iso: "1970-01-01")).ordinal == 0)
        #expect(try #require(Day(iso: "2000-03-01")).ordinal == 11_017)
        let start = try #require(Day(iso: "2023-12-25"))
        for offset in 0..<800 {
            let day = start.adding(days: offset)
            #expect(Day(ordinal: day.ordinal) == day)
            #expect(Day(iso: day.description) == day)
        }
        #expect(start.adding(days: 66).description == "2024-02-29")
    }

    @Test func daysOrderChronologically() throws {
        let a = try #require(Day(iso: "2024-11-30")), b = try #require(Day(iso: "2024-12-01"))
        #expect(a < b)
        #expect(Day(Date(timeIntervalSince1970: 1_733_356_800)).description == "2024-12-05")
    }

    @Test func encodesAsString() throws {
        let data = try JSONEncoder().encode([Day(iso: "2024-12-05")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-12-05"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [Day(iso: "2024-12-05")])
    }
}
