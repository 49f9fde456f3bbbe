import BriefingModel
import Testing

/// Days computed from input stay inside the years the model can write (1-9999), so `render`
/// always reads back what `analyze` wrote.
@Suite struct DayCalendarEdgeTests {
    @Test func steppingPastEitherEdgeStopsThere() throws {
        let first = try #require(Day(year: 1, month: 1, day: 1))
        let last = try #require(Day(year: 9999, month: 12, day: 31))
        #expect(first.adding(days: -1) == first)
        #expect(last.adding(days: 1) == last)
        #expect(first.adding(days: Int.min) == first)
        #expect(last.adding(days: Int.max) == last)
        #expect(Day(ordinal: Int.max) == last)
        #expect(Day(ordinal: Int.min) == first)
    }

    @Test func everyComputedDayReadsBack() throws {
        for ordinal in [Int.min, -800_000, -719_163, -719_162, 0, 2_932_896, 2_932_897, 5_000_000, Int.max] {
            let day = Day(ordinal: ordinal)
            #expect(Day(iso: day.description) == day, "\(ordinal) -> \(day)")
        }
    }
}
