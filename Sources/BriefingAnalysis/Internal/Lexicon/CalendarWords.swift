// Word lists written by the Briefing project (not copied from another project).

/// Month and weekday names for finding dates in text.
enum CalendarWords {
    /// Lower-cased month names and abbreviations -> month number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3,
        "mar": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6,
        "jun.": 6, "july": 7, "jul": 7, "jul.": 7, "august": 8, "aug": 8, "aug.": 8,
        "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "october": 10, "oct": 10,
        "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
    ]

    /// Lower-cased weekday -> index (Monday = 0).
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    ]
}
