import BriefingModel

/// A stretch of time an article names, with the sentence that names it.
///
/// `first...last` is what the words cover: one day for "5 December", Monday to Sunday for "last
/// week", the whole month for "in December", both ends for "5-9 December".
struct FoundDate: Sendable, Hashable {
    /// The first day covered.
    var day: Day
    var unit: DateUnit
    /// The last day covered (equal to `day` for one day).
    var last: Day
    var sentence: String
    var anchor: DateAnchor
    /// The day opens its line, written in full or as a calendar day ("28 June 2009 Police
    /// interview the doctor.", "* Feb. 15 - Protests erupt."): the shape of a line in a
    /// chronology, where a writer has listed the days that mattered.
    var opensSentence: Bool

    init(day: Day, unit: DateUnit = .day, last: Day? = nil, sentence: String, anchor: DateAnchor,
         opensSentence: Bool = false) {
        self.day = day
        self.unit = unit
        self.last = last ?? day
        self.sentence = sentence
        self.anchor = anchor
        self.opensSentence = opensSentence
    }

    /// One calendar day, not a range or a coarser unit: what the timeline ranks.
    var isSingleDay: Bool { unit == .day && day == last }
}
