/// A clock time with no day or zone, written `HH:MM`: when an article was published, as its
/// source wrote it.
///
/// Why a value of its own and not a `Date`: the publication day (`Day`) is kept in the source's
/// own zone, so the time must be too, or the two could name different days. A breaking story
/// covered within one day is told apart by its hours; the clock time is what lets the timeline
/// draw them, without any zone conversion that could move an article to another day.
public struct TimeOfDay: Hashable, Comparable, Sendable, StringCoded {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Parses exactly `HH:MM`.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    /// Minutes after midnight, for ordering and for placing on an axis.
    public var minutesAfterMidnight: Int { hour * 60 + minute }

    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool {
        a.minutesAfterMidnight < b.minutesAfterMidnight
    }

    public static let codedFormat = "an HH:MM time of day"

    public init?(coded text: String) {
        guard let value = TimeOfDay(text: text) else { return nil }
        self = value
    }
}
