/// Where news text runs one sentence into the next without a full stop: a caption, fact-box
/// line or headline pasted before the story's own sentence ("... through negligence His comments
/// echoed ...", "... rehearsal for his This Is It tour Meanwhile , Cardiff council ...").
///
/// Why this rule: in edited prose a capitalised pronoun, article or preposition never follows a
/// lower-case word in mid-sentence; where it does, a line ended there without its punctuation.
/// Names are spared by asking that the word after the opener be lower case (or a comma, after a
/// linking adverb): "said The Times", "his This Is It tour" and "in The Hague" do not break.
package enum RunOnSentence {
    /// Words that open a sentence and are written in lower case inside one.
    package static let openers: Set<Substring> = Set("""
    The A An In On At It He She They We There This That These Those But Some His Her Its Their Our \
    Meanwhile However
    """.split(whereSeparator: { $0.isWhitespace || $0 == "\\" }))

    /// Linking adverbs, which a comma may follow.
    static let linking: Set<Substring> = ["Meanwhile", "However"]

    /// Does a new sentence open at `word`, between `previous` and `following`? Pass no
    /// `following` where the next word is not known (a headline being cut).
    package static func opens(at word: Substring, after previous: Substring, before following: Substring?) -> Bool {
        guard previous.last?.isLowercase == true, openers.contains(word) else { return false }
        guard let following else { return true }
        if following == "," { return linking.contains(word) }
        return following.first?.isLowercase == true
    }

    /// Does a new sentence open at `word` after a capitalised word or a number ("... on 21 June
    /// At its worst, BP ...", "... cost $360m In all ...")? Only where the word after the opener
    /// is in lower case: a title or a name keeps its capitals ("Sex And The City", "the band
    /// The Who"), while "At its" starts a clause no capitalised word runs into mid-sentence.
    /// Only determiners, "At" and "But" (`clauseOpeners`): after a capital, "A", "In", "On" and
    /// the pronouns end names and titles ("Serie A appearances", "Go On as", "his This Is It
    /// notes").
    package static func opens(at word: Substring, afterCapitalOrNumber previous: Substring, before following: Substring) -> Bool {
        guard previous.first?.isUppercase == true || previous.last?.isNumber == true, clauseOpeners.contains(word)
        else { return false }
        return following.first?.isLowercase == true
    }

    /// The openers that start a clause after a capital or a number (`opens(at:afterCapitalOrNumber:before:)`).
    static let clauseOpeners: Set<Substring> = ["The", "An", "This", "That", "These", "Those", "His", "Her", "Its",
                                                "Their", "Our", "At", "But", "Some"]

    /// A word written in capitals: letters, none of them lower case ("WELL", "BP'S").
    ///
    /// Asked of every word of a line that may run on, so ASCII words (whose letters are A-Z and
    /// a-z) are answered from their bytes; other words ask `Character`.
    package static func isShouted(_ word: Substring) -> Bool {
        var capital = false
        for b in word.utf8 {
            if b >= 0x80 { return word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase) }
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { capital = true }
        }
        return capital
    }

    /// Shouted words (of two letters or more) a headline in capitals needs before the text it
    /// runs into counts as a heading (`TitleFromText`, `SentenceSplitter`): one or two are an
    /// acronym or a name ("BBC News", "US Coast Guard").
    package static let minimumShouted = 3
}
