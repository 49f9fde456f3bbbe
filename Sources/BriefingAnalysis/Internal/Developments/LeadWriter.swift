/// Chooses a story's lead: one sentence that says who did what, where and when, and reads on
/// its own.
///
/// Why these candidates, in this order: a sentence the timeline chose to label one of the
/// story's key days already says what happened on a day the coverage keeps returning to (the
/// "when" is its date); failing that, the best summary sentences of the story's most central
/// articles. Either way a lead must stand alone: a sentence opening on a pronoun or connective
/// ("He said...", "The meeting also..."), a question, a quote, or a live-blog entry ("2159:
/// ...") is refused, and among the rest one naming the story's main actors is preferred.
enum LeadWriter {
    /// Shortest and longest lead, in words: shorter is a fragment or a caption, longer a
    /// paragraph run together by a source without sentence breaks.
    static let minWords = 6
    static let maxWords = 50

    /// Can `sentence` open a key development on its own?
    static func standsAlone(_ sentence: String) -> Bool {
        let tokens = Tokenizer.tokenize(sentence)
        let words = tokens.filter { $0.kind == .word }.count
        guard words >= minWords, words <= maxWords else { return false }
        if StandAlone.leansOnContext(tokens) || isChatty(sentence) { return false }
        // A clock or counter ahead of a colon is a live blog's entry stamp, not a report.
        if tokens.count > 1, tokens[0].kind == .number, tokens[1].text == ":" { return false }
        // A sentence the source cut short ("...who is charged with…"), or one carrying a page's
        // time stamp ("Last updated at 15:41 GMT"), is page text, not a report.
        if sentence.hasSuffix("\u{2026}") || sentence.hasSuffix("...") { return false }
        if isRoster(tokens) { return false }
        if HeadlineChooser.cleaned(sentence) != sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ") {
            return false
        }
        return true
    }

    /// A line of names rather than a sentence -- a team sheet ("G Thomas (capt); H Luscombe, T
    /// Shanklin ..."), a cast or a results list: names joined by at least `rosterSeparators`
    /// commas or semicolons, fewer than `rosterShare` of its words in lower case. A report,
    /// however many names it holds, joins them with verbs and prepositions.
    static func isRoster(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        guard !words.isEmpty else { return false }
        let lower = words.filter { $0.text.first?.isLowercase == true }.count
        let separators = tokens.filter { $0.kind == .punct && ($0.text == "," || $0.text == ";") }.count
        return separators >= rosterSeparators && Double(lower) < rosterShare * Double(words.count)
    }

    /// Why a third: the most name-laden report sentences in the dev corpora ("Wednesday's game at
    /// Old Trafford ... Wayne Rooney and Cristiano Ronaldo and Milan's ... Stam, Paolo Maldini,
    /// Cafu and Alessandro Costacurta") still have about half their words in lower case.
    static let rosterShare = 1.0 / 3.0
    static let rosterSeparators = 3

    /// Does the sentence name one of `actors` (by any word of their name longer than two letters:
    /// "Murray" names "Conrad Murray")?
    static func namesActor(_ sentence: String, actors: [String]) -> Bool {
        let words = Set(Tokenizer.tokenize(sentence).filter { $0.kind == .word }.map(\.lower))
        return actors.contains { actor in
            actor.split(separator: " ").contains { $0.count > 2 && words.contains($0.lowercased()) }
        }
    }

    /// A sentence with its opening connective taken off ("In conclusion, the meeting between
    /// Lavrov and Blinken..." -> "The meeting between Lavrov and Blinken..."): a connective of
    /// one or two words before a comma ties the sentence to the one before, what follows it
    /// often stands alone. Unchanged when it opens with none.
    static func withoutConnective(_ sentence: String) -> String {
        guard let comma = sentence.firstIndex(of: ",") else { return sentence }
        let opening = sentence[..<comma].split(separator: " ").map { $0.lowercased() }
        guard (1...2).contains(opening.count), let last = opening.last else { return sentence }
        let connective = opening.contains { StandAlone.contextOpeners.contains($0) }
            || (opening.count == 1 && last.hasSuffix("ly") && last.count > 4)
        guard connective else { return sentence }
        let rest = sentence[sentence.index(after: comma)...].drop { $0 == " " }
        guard let first = rest.first else { return sentence }
        return first.uppercased() + rest.dropFirst()
    }

    /// How many of `actors` the sentence names.
    static func actorsNamed(_ sentence: String, actors: [String]) -> Int {
        actors.filter { namesActor(sentence, actors: [$0]) }.count
    }

    /// Among the candidates that stand alone, the one naming most of the main actors (two or
    /// more: who met whom); ties go to the earlier, as candidates come best first.
    static func pick(_ candidates: [String], actors: [String]) -> Int? {
        let usable = candidates.indices.filter { standsAlone(candidates[$0]) }
        return usable.max { a, b in
            let (x, y) = (min(2, actorsNamed(candidates[a], actors: actors)), min(2, actorsNamed(candidates[b], actors: actors)))
            return x != y ? x < y : a > b
        }
    }

    /// Two leads tell the same thing when they share most content words: by Jaccard, or when
    /// most of the shorter one's words are in the other ("the meeting highlighted divisions
    /// between the US and Russia" twice, in other words).
    static func sameThing(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let shared = Double(a.intersection(b).count)
        return shared / Double(a.union(b).count) >= 0.4 || shared / Double(min(a.count, b.count)) >= 0.6
    }

    /// A sentence in a conversational register: a question or exclamation, a contraction, a
    /// word addressed to the reader, a chatty opener, or direct speech (a quotation mark or a
    /// first-person "I"): quotes belong with the reactions, the summary reports.
    static func isChatty(_ sentence: String) -> Bool {
        for scalar in sentence.unicodeScalars where scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" {
            return true
        }
        let tokens = Tokenizer.tokenize(sentence)
        guard let first = tokens.first(where: { $0.kind == .word }) else { return true }
        if Summarizer.chatty.contains(first.lower) { return true }
        if let last = tokens.last(where: { $0.kind == .punct && !SentenceSplitter.isCloser($0) }),
           last.text == "?" || last.text == "!" { return true }
        for t in tokens where t.kind == .word {
            let l = t.lower
            if l == "you" || l == "your" || l == "we're" || l == "let's" || t.text == "I" { return true }
            if l.hasSuffix("n't") || l.hasSuffix("n\u{2019}t") { return true }
        }
        return false
    }
}
