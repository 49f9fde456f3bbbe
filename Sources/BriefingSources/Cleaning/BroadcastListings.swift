import Foundation

/// Broadcasters' programme listings and transmission notices, which programme pages and press
/// offices print beside (or instead of) articles: production credits ("Presenter/Jo Roe,
/// Producer/Sam Lee for the Network"), schedule slots ("7.00-10 .30 pm EXAMPLE RADIO 5",
/// "(Schedule update 28 August)") and notices of when something airs ("The final is broadcast on
/// Radio 2 on Friday at 8pm"). A listing runs its items together without full stops, so the
/// whole line goes; a news sentence that mentions a broadcast without naming a slot stays, and so
/// does one saying what was broadcast (past tense).
enum BroadcastListings {
    static func isListing(_ line: String, _ shape: LineShape) -> Bool {
        if shape.hasRoleSlash, BoilerplateCleaner.matches(productionCredit, line) { return true }
        // Every other form names a time.
        guard shape.digits > 0 else { return false }
        if shape.hasParenthesis, line.hasBytes("chedule "), BoilerplateCleaner.matches(scheduleNote, line) { return true }
        if shape.hasDash, line.hasBytes("eek "), BoilerplateCleaner.matches(scheduleWeek, line) { return true }
        guard LineShape.hasClockTime(line) else { return false }
        if shape.hasDash, shape.digits >= 2, BoilerplateCleaner.matches(scheduleSlot, line) { return true }
        if shape.words <= Self.longestNotice, noticeWords.contains(where: { line.hasBytes($0) }) {
            return BoilerplateCleaner.matches(transmissionNotice, line)
        }
        return false
    }

    /// A notice is a sentence or two, perhaps run into the page's other listings; a longer line
    /// that names a slot is an article's prose.
    static let longestNotice = 60

    /// "Role/Name": the credit form of listings, which prose never writes. "Presenter/Producer"
    /// is one job's title, not a credit.
    static let productionCredit = FurniturePatterns.compile(#"\b"# + roles + #"s?/(?!"# + roles + #"s?\b)[A-Z][a-z]"#)
    static let roles = "(?:Presenter|Producer|Reader|Director|Editor|Writer|Narrator|Host|Composer|Conductor|Performer|Adapter|Abridger)"

    /// A listing's note on changes: "(Schedule update 28 August)".
    static let scheduleNote = FurniturePatterns.compile(#"\([Ss]chedule (?:update|change|addition|Update|Change|Addition)s?\b"#)

    /// A slot: a time range, then the channel's name in capitals: "12.00noon-6 .00 pm RADIO FIVE".
    static let scheduleSlot = FurniturePatterns.compile(
        #"\b\d{1,2}(?:\s?[.:]\s?\d{2})?\s?(?:am|pm|noon|midnight)?\s?[-–]\s?\d{1,2}(?:\s?[.:]\s?\d{2})?\s?(?:am|pm|noon|midnight)\s+[A-Z][A-Z0-9]+ [A-Z0-9]"#)

    /// A listing's heading by week: "Network Radio Week 42: 17-23 October 2009".
    static let scheduleWeek = FurniturePatterns.compile(#"\b[Ww]eek \d{1,2}\s?:\s?\d{1,2}\s?[-–]\s?\d{1,2} [A-Z][a-z]+ \d{4}\b"#)

    /// Words a notice needs, tested before its pattern.
    static let noticeWords = ["broadcast", "repeated", "screened", "shown", "aired", "heard", "seen", "on air", "Watch", "Listen"]

    /// When something airs: an airing verb in the present or future (or a "Watch"/"Listen"
    /// opening) and a clock time. "was broadcast at 9pm" reports the news and stays.
    static let transmissionNotice = FurniturePatterns.compile(
        #"(?:\b(?:is|are|will be|can be)(?: also| then)?(?: broadcast| repeated| screened| shown| aired| heard| seen)|\bon air\b|^(?:Watch|Listen)\b)"#
        + #"[^.!?]{0,160}?(?:\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|noon|midnight)\b|\b\d{4}\s?(?:GMT|BST|UTC)\b|\b\d{1,2}[.:]\d{2}\s?(?:GMT|BST|UTC)\b)"#)
}
