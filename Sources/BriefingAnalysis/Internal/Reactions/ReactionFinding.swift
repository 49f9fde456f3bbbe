/// A sentence in which someone reacts, found in one article.
///
/// Why keep the actor as written: "Lavrov" becomes "Sergey Lavrov" only after the corpus-wide
/// alias merge, so the finding keeps the surface form and `CorpusAggregate` resolves it.
struct ReactionFinding: Sendable, Hashable {
    var theme: String
    var tone: ReactionCues.Tone
    /// The reaction is told as a guess ("likely welcomed"), not as a fact.
    var hedged: Bool
    /// A name as written, or a group ("media", "allies").
    var actor: String
    var actorIsGroup: Bool
    var sentence: String
}
