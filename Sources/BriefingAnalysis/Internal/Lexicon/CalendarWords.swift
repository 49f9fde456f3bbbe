// Word lists written by the Briefing project (not copied from another project).

/// Month and weekday names, and the small words around them, for finding dates in text.
enum CalendarWords {
    /// Lower-cased month names and abbreviations -> month number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3,
        "mar": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6,
        "jun.": 6, "july": 7, "jul": 7, "jul.": 7, "august": 8, "aug": 8, "aug.": 8,
        "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "october": 10, "oct": 10,
        "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
    ]

    /// Lower-cased weekday (and its common abbreviations) -> index (Monday = 0).
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6, "mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "thu.": 3,
        "thur.": 3, "thurs.": 3, "fri.": 4, "sat.": 5, "sun.": 6,
    ]

    /// Lower-cased names of holidays and seasons of feasts (`NameKey` form): capitalised like
    /// names but dates, never participants ("Christmas", "New Year").
    static let holidays: Set<String> = [
        "christmas", "christmas day", "christmas eve", "boxing day", "new year", "new year's day",
        "new years day", "new year's eve", "new years eve", "easter", "easter sunday", "easter monday",
        "good friday", "thanksgiving", "thanksgiving day", "halloween", "ramadan", "eid", "eid al-fitr",
        "eid al-adha", "hanukkah", "passover", "diwali", "lent", "valentine's day", "valentines day",
        "mother's day", "father's day", "may day", "bank holiday", "whitsun", "yom kippur", "rosh hashanah",
    ]

    /// Small counts written as words ("two days ago").
    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// Words before a bare month or year that make it a time ("in June", "since 2009"),
    /// so a count ("2009 people") or the verb "may" is not taken for one.
    static let timePrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "during", "from", "through", "before", "after",
        "early", "late", "mid", "mid-", "last", "next", "this",
    ]

    /// Words that put the rest of a clause in the future ("will meet on Friday").
    static let futureCues: Set<String> = [
        "will", "'ll", "shall", "due", "expected", "scheduled", "set", "plans", "planned",
        "planning", "going", "tomorrow", "upcoming", "later", "to",
    ]

    /// Words that put it in the past ("met on Friday", "was held on Friday").
    static let pastCues: Set<String> = [
        "was", "were", "had", "did", "said", "has", "have", "been", "ago", "yesterday",
        "earlier", "last",
    ]

    /// Parts of a day that name the publication day ("this morning", "tonight").
    static let dayParts: Set<String> = ["morning", "afternoon", "evening"]

    /// Every word that can head a relative expression: the extractor's first, cheap test.
    static let relativeWords: Set<String> = Set(weekdays.keys).union(dayParts).union([
        "yesterday", "today", "tonight", "tomorrow", "night", "week", "weekend", "month", "year", "ago",
    ])
}
