/// A sentence (or a heading) of an article, with its tokens.
///
/// Why keep headings as sentences flagged `isHeading`: they carry good key phrases but are
/// Title Case, so their capitals are no evidence of names and they make poor summary lines.
struct Sentence: Sendable {
    var text: String
    var tokens: [Token]
    /// Index of the paragraph (line) in the article, the title being paragraph 0.
    var paragraph: Int
    /// Running index among the article's body sentences (headings included).
    var index: Int
    var isHeading: Bool
    var isTitle: Bool

    /// Number of word tokens.
    var wordCount: Int { tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } }
}
