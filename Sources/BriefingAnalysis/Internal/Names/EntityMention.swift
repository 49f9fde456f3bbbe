/// One name found in an article, before names are merged across the corpus.
///
/// Why keep the evidence (hint, role, sentence-initial) rather than a final type: the type of
/// "Lavrov" is settled only when the corpus shows "Sergey Lavrov, the Russian Foreign Minister";
/// so each mention carries what its own sentence says and `AliasMerger` weighs it all.
struct EntityMention: Sendable, Hashable {
    enum Hint: UInt8, Sendable { case none, person, place, organization }

    /// The name as written, tokens joined by spaces ("Sergey Lavrov", "U.S.").
    var surface: String
    /// Sentence index in the article's sentence list.
    var sentence: Int
    /// Token range in that sentence.
    var firstToken: Int
    var lastToken: Int
    /// The name starts a sentence (its capital is weak evidence).
    var initial: Bool
    var hint: Hint
    /// A role bound to the name ("Russian Foreign Minister").
    var role: String?
    /// Found in a heading or title (counted, but only when the body confirms the name).
    var inHeading: Bool
}
