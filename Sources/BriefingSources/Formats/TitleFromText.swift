import BriefingSupport

/// A title for records that carry none (JSON Lines corpora such as Timeline17), or whose
/// "title" line is really a whole paragraph: the first sentence of the text, cut at a word
/// boundary.
///
/// Scraped text often runs the headline, a photo caption and the lead together without a full
/// stop ("... from the seabed The US government has demanded ..."). Where the punctuation is
/// lost, a capitalised function word after a lower-case word still tells: mid-sentence, "the"
/// and "he" are written in lower case, so "The" there opens a new sentence. The title ends
/// before it. So it does where the text restates a name the headline already gave ("... four
/// years in prison Michael Jackson's former doctor ..."): a caption or lead introducing its
/// subject again.
enum TitleFromText {
    /// A title is not cut shorter than this at a capital: a two-word stretch before one is
    /// more likely a kicker ("Live updates") than a whole headline.
    static let minimumWords = 3

    static func firstSentence(of text: String, maximumWords: Int = 14) -> String? {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let words = firstLine.split(separator: " ")
        var taken: [Substring] = []
        for (index, word) in words.enumerated() {
            taken.append(word)
            let next = index + 1 < words.count ? words[index + 1] : nil
            if endsSentence(word, before: next) || taken.count == maximumWords { break }
            if let next, taken.count >= minimumWords, opensSentence(next, after: word) || endsShout(taken, before: next)
                || restatesName(words[(index + 1)...], after: word, taken: taken) {
                return taken.joined(separator: " ")
            }
        }
        guard !taken.isEmpty else { return nil }
        let sentence = taken.joined(separator: " ")
        let complete = taken.count < words.count ? endsSentence(taken.last!, before: nil) : true
        return complete || taken.count < maximumWords ? sentence : sentence + " …"
    }

    /// "The" in "... from the seabed The US government": an opener right after a word ending in
    /// a lower-case letter (`RunOnSentence`). No following word is asked for: in a headline an
    /// opener after a lower-case word ends it even before a name ("... seabed The US ...").
    static func opensSentence(_ word: Substring, after previous: Substring) -> Bool {
        RunOnSentence.opens(at: word, after: previous, before: nil)
    }

    /// "prison Michael Jackson's former doctor" after a headline that named Michael Jackson: two
    /// capitalised words repeating two of the headline's, right after a lower-case word that is
    /// no function word. Why two words and no function word: a headline may name its subject
    /// twice ("Jackson fans mourn Jackson"), and a clause may restate it ("claims that Michael
    /// Jackson's doctor"); a full name after a plain noun or verb is the text starting again.
    static func restatesName(_ rest: ArraySlice<Substring>, after previous: Substring, taken: [Substring]) -> Bool {
        guard previous.last?.isLowercase == true, !ClosedClassWords.all.contains(previous.lowercased()),
              rest.count >= 2 else { return false }
        let pair = rest.prefix(2).map(bareName)
        guard pair.allSatisfy({ $0.first?.isUppercase == true && $0.count > 1 }) else { return false }
        let named = taken.map(bareName)
        return zip(named, named.dropFirst()).contains { $0 == pair[0] && $1 == pair[1] }
    }

    /// A word without a possessive ending or trailing punctuation: "Jackson's," is "Jackson".
    private static func bareName(_ word: Substring) -> Substring {
        var w = word
        while let last = w.last, !last.isLetter { w = w.dropLast() }
        for ending in ["'s", "’s"] where w.hasSuffix(ending) { w = w.dropLast(2) }
        return w
    }

    /// A headline in capitals run into its text ("NEW CAP FOR LEAKING OIL WELL In June, BP ..."):
    /// every word so far in capitals, the next one not.
    static func endsShout(_ taken: [Substring], before next: Substring) -> Bool {
        next.first?.isUppercase == true && next.contains(where: \.isLowercase) && taken.allSatisfy(RunOnSentence.isShouted)
            && taken.filter { $0.count >= 2 && RunOnSentence.isShouted($0) }.count >= RunOnSentence.minimumShouted
    }

    /// A first line this long is a paragraph, not a headline.
    static func isParagraph(_ line: String) -> Bool {
        line.split(separator: " ").count > 40
    }

    /// "talks." ends a sentence; "U.S.", "Mr." and "Sen." do not.
    static func endsSentence(_ word: Substring, before next: Substring?) -> Bool {
        guard let last = word.last, last == "." || last == "?" || last == "!" else { return false }
        if let next, let first = next.first, first.isLowercase { return false }
        guard last == "." else { return true }
        let stem = word.dropLast()
        if stem.isEmpty { return true }  // tokenised text: "Monday ."
        if stem.count <= 3 && stem.first?.isUppercase == true && abbreviations.contains(String(stem)) { return false }
        // Initials and dotted acronyms: "U.S", "J.R.R".
        if stem.split(separator: ".").allSatisfy({ $0.count == 1 && $0.first!.isUppercase }) { return false }
        return !abbreviations.contains(String(stem))
    }

    /// Abbreviations that end with a full stop inside sentences (written by the project).
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Gov", "Rep", "Gen", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr",
        "Inc", "Co", "Corp", "Ltd", "No", "vs", "Prof", "Rev", "Hon", "Pres", "Jan", "Feb", "Mar", "Apr",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "etc", "Mt", "Ft",
    ]
}
