/// What a temporal expression leans on to name its time.
///
/// Why keep it: the three kinds are different evidence. A full date ("20 April 2010") is
/// written when a writer wants the day on record; a calendar day without a year ("20 April")
/// names the day deliberately but takes its year from the article (both can open a line of a
/// chronology); a deictic word ("yesterday", "on Monday", "last week") reports
/// news around the publication day. Only the first survives when an article has no date. (On
/// the dev topics, weighing the three apart moved Date-F1 within noise, so the ranking counts
/// them alike and uses the kind for chronologies.)
enum DateAnchor: UInt8, Sendable, Hashable {
    /// The text pins the time down by itself: "20 April 2010", "2010-04-20", "June 2009".
    case explicit
    /// A calendar day or month whose year comes from the article's date: "20 April", "in June".
    case calendar
    /// Counted from the article's date: "yesterday", "on Monday", "last week", "two days ago".
    case deictic
}
