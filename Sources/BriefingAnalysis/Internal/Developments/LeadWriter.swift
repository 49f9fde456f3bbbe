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
        if StandAlone.leansOnContext(tokens) || ExecutiveSummarizer.isChatty(sentence) { return false }
        // A clock or counter ahead of a colon is a live blog's entry stamp, not a report.
        if tokens.count > 1, tokens[0].kind == .number, tokens[1].text == ":" { return false }
        return true
    }

    /// Does the sentence name one of `actors` (by any word of their name longer than two letters:
    /// "Murray" names "Conrad Murray")?
    static func namesActor(_ sentence: String, actors: [String]) -> Bool {
        let words = Set(Tokenizer.tokenize(sentence).filter { $0.kind == .word }.map(\.lower))
        return actors.contains { actor in
            actor.split(separator: " ").contains { $0.count > 2 && words.contains($0.lowercased()) }
        }
    }

    /// The first candidate that stands alone and names an actor, else the first that stands
    /// alone; candidates come best first.
    static func pick(_ candidates: [String], actors: [String]) -> Int? {
        let usable = candidates.indices.filter { standsAlone(candidates[$0]) }
        return usable.first { namesActor(candidates[$0], actors: actors) } ?? usable.first
    }
}
