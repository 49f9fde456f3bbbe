/// Which tokens of a sentence stand inside quotation marks, and whether a quotation is still
/// open at its end (news paragraphs often run one quotation over several sentences).
///
/// Why: a reporting verb inside a quotation belongs to the quoted speaker's own words, and a
/// sentence that continues an open quotation is spoken by whoever opened it.
struct QuoteMask {
    var inside: [Bool]
    var openAtEnd: Bool
    var hasQuote: Bool
    /// The sentence opens with a quotation mark (after nothing but punctuation).
    var startsWithQuote: Bool

    init(_ T: [Token], openAtStart: Bool) {
        var open = openAtStart
        inside = []
        inside.reserveCapacity(T.count)
        hasQuote = false
        startsWithQuote = false
        for (k, t) in T.enumerated() {
            guard t.kind == .punct, Self.isQuote(t.text) else { inside.append(open); continue }
            hasQuote = true
            if k == 0 || T[..<k].allSatisfy({ $0.kind == .punct }) { startsWithQuote = true }
            if ReactionCues.openQuotes.contains(t.text) { open = true }
            else if ReactionCues.closeQuotes.contains(t.text) { open = false }
            else { open.toggle() }
            inside.append(true)
        }
        openAtEnd = open
    }

    static func isQuote(_ s: String) -> Bool {
        ReactionCues.openQuotes.contains(s) || ReactionCues.closeQuotes.contains(s) || ReactionCues.eitherQuotes.contains(s)
    }
}
