/// Whether a sentence can stand on its own, away from the article it came from.
///
/// Why: a summary line or a timeline label is read alone; "It also..." or "However, ..." points
/// at a sentence the reader never sees. Such sentences are ranked down, not dropped: a story or
/// a day may have nothing better.
enum StandAlone {
    /// Words that open a sentence leaning on the one before it ("It also...", "In conclusion, ...",
    /// "However, ..."): fine inside an article, unclear on its own in a summary.
    static let contextOpeners: Set<String> = [
        "also", "however", "moreover", "furthermore", "meanwhile", "additionally", "conclusion", "overall",
        "ultimately", "this", "these", "those", "that", "it", "its", "they", "their", "he", "she", "his", "her",
        "such", "but", "and", "still", "yet", "instead", "nevertheless", "therefore", "thus",
    ]

    /// Does the sentence lean on what came before it: it opens with a pronoun or connective, or
    /// says "also" among its first words ("The meeting also highlights...")? Such sentences are
    /// ranked down, not dropped: a story may have nothing better.
    static func leansOnContext(_ sentence: String) -> Bool {
        leansOnContext(Tokenizer.tokenize(sentence))
    }

    static func leansOnContext(_ tokens: [Token]) -> Bool {
        let words = tokens.lazy.filter { $0.kind == .word }.prefix(6).map(\.lower)
        guard let first = words.first else { return false }
        if contextOpeners.contains(first) { return true }
        if first == "in", words.dropFirst().first == "conclusion" { return true }
        return words.contains("also")
    }
}
