/// How finely a temporal expression pins time down: "5 December" names a day, "at the
/// weekend" a Saturday and Sunday, "last week" a week, "early December" a third of a month,
/// "in December" a month, "in 2024" a year.
///
/// Why keep the unit: an expression is resolved only to what it honestly says; a month is never
/// turned into its first day and then counted as if the text had named that day.
enum DateUnit: UInt8, Sendable, Hashable, Comparable {
    case day, weekend, week, partOfMonth, month, year

    static func < (a: DateUnit, b: DateUnit) -> Bool { a.rawValue < b.rawValue }
}
