import BriefingModel

/// How days read in the briefing: "3 Mar", "3 March 2024", "Mar 2024". English, no locale
/// lookups, so output is the same on every machine.
enum DayFormat {
    static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let longMonths = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func short(_ day: Day) -> String { "\(day.day) \(shortMonths[day.month - 1])" }
    static func long(_ day: Day) -> String { "\(day.day) \(longMonths[day.month - 1]) \(day.year)" }
    static func month(_ day: Day) -> String { "\(shortMonths[day.month - 1]) \(day.year)" }
    /// "3 Mar 2024": tables, where the year may differ between rows.
    static func medium(_ day: Day) -> String { "\(short(day)) \(day.year)" }

    /// "3–9 March 2024", "28 February – 2 March 2024", "3 March 2024" for one day.
    static func period(from first: Day, to last: Day) -> String {
        if first == last { return long(first) }
        if first.year == last.year && first.month == last.month {
            return "\(first.day)–\(long(last))"
        }
        if first.year == last.year {
            return "\(first.day) \(longMonths[first.month - 1]) – \(long(last))"
        }
        return "\(long(first)) – \(long(last))"
    }
}
