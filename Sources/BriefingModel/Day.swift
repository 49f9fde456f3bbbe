import Foundation

/// A calendar day with no time or zone, written `YYYY-MM-DD`.
///
/// Briefings reason in days: an article keeps the day it was published, and the timeline
/// places events on days. Keeping it a plain value (not a `Date`) avoids time-zone drift.
public struct Day: Hashable, Comparable, Sendable, StringCoded {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for spans and chart axes.
    public var ordinal: Int {
        // Howard Hinnant's days-from-civil algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01, pinned to the calendar the model writes
    /// (0001-01-01 to 9999-12-31).
    ///
    /// Why pinned: days are computed from input ("yesterday" of an article dated 0001-01-01, a
    /// timestamp far in the future), and a day outside years 1-9999 cannot be written as
    /// `YYYY-MM-DD`, so `render` would reject what `analyze` wrote. The edge is the nearest day
    /// the model can hold; clamping first also keeps the arithmetic below from overflowing.
    public init(ordinal: Int) {
        let z = min(max(ordinal, Day.firstOrdinal), Day.lastOrdinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days after this one (before, when negative), pinned like `init(ordinal:)`.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        return Day(ordinal: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    /// The ordinals of 0001-01-01 and 9999-12-31, the first and last day the model holds.
    static let firstOrdinal = -719_162
    static let lastOrdinal = 2_932_896

    /// The UTC day of a point in time.
    public init(_ date: Date) {
        let days = (date.timeIntervalSince1970 / 86_400).rounded(.down)
        self.init(ordinal: days.isFinite ? Int(max(min(days, 1e15), -1e15)) : 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static let codedFormat = "a YYYY-MM-DD day"

    public init?(coded text: String) {
        guard let value = Day(iso: text) else { return nil }
        self = value
    }
}
