import BriefingModel

/// A calendar day named in an article, with the sentence that names it.
struct FoundDate: Sendable, Hashable {
    var day: Day
    var sentence: String
    /// Worked out from the article's own date ("yesterday", "on Monday").
    var relative: Bool
}
