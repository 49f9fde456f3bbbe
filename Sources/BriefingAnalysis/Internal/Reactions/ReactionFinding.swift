/// A statement or reaction found in one article: who, which stance, toward whom, told how.
///
/// Why keep the actors as written: "Lavrov" becomes "Sergey Lavrov" only after the corpus-wide
/// alias merge, so the finding keeps the surface forms and `ReactionThemeBuilder` resolves them
/// (and drops any that did not become a participant).
struct ReactionFinding: Sendable, Hashable {
    /// Names as written ("Rubio and Lavrov identified ..." gives two).
    var actors: [String]
    var stance: Stance
    var tone: ReactionCues.Tone
    /// The reported content is a guess ("may", "is expected to", "likely reiterated"), not a report.
    var hedged: Bool
    /// The name the stance is aimed at, as written ("accused the Tories").
    var target: String?
    /// The sentence that carries the statement.
    var sentence: String
    /// Its index in the article's sentence list.
    var sentenceIndex: Int
}
