import BriefingSupport

/// The most text one piece of a briefing shows (a cited sentence, a title, a name, a cell):
/// longer pieces are cut at a word with an ellipsis when they are laid out.
///
/// Why: what the analysis calls a sentence is whatever lies between full stops, and an article
/// without any (a pasted blob, 400,000 `&a;`) made a 1.2 MB "sentence" that the story summary
/// quoted whole: hundreds of pages laid out again on every page-budget pass, 38 s and 470 MB.
/// Real pieces stay far below the limit (a long paragraph is about 1,500 characters), so
/// ordinary briefings are unchanged.
enum DisplayedLength {
    static let longest = 4_000

    static func bounded(_ text: String) -> String {
        guard text.utf8.count > longest else { return text }
        return text.cutAtWord(longest)
    }
}
