/// Whether the words before a date point forward or back.
///
/// Why: "Obama is to visit the Gulf on Friday" names the coming Friday, "BP said on Friday" the
/// last one; "Jackson died on 25 June", read in February, the June before. The nearest cue before
/// the expression decides: a future cue ("will", "due", "to" + verb) or a past one ("was",
/// "said", a verb in -ed, but not "will be sentenced"). With no cue, a weekday in a news report looks back and a year-less
/// date is taken nearest the publication day.
enum ClauseTense {
    enum Lean { case past, future, none }

    /// How many tokens before the expression are read.
    static let window = 8

    static func lean(_ tokens: [Token], before index: Int) -> Lean {
        var k = index - 1
        while k >= 0 && k >= index - window {
            let t = tokens[k]
            if t.kind == .punct, t.text == ";" || t.text == ":" || t.text == "." { break }
            if t.kind == .word && !t.isCapitalized {
                let w = t.lower
                if w == "to" {
                    // "to" + a lower-case word is an infinitive ("is to visit"), a plan.
                    if k + 1 < index, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized { return .future }
                } else if CalendarWords.futureCues.contains(w) {
                    return .future
                } else if CalendarWords.pastCues.contains(w) {
                    return .past
                } else if w.utf8.count >= 4 && w.hasSuffix("ed") {
                    // A participle after "be" is a plan ("will be sentenced"); after "is" or "are"
                    // it says nothing of time ("is repeated"); otherwise it is a past verb.
                    let before = k > 0 ? tokens[k - 1].lower : ""
                    if before == "be" { return .future }
                    if before != "is" && before != "are" { return .past }
                }
            }
            k -= 1
        }
        return .none
    }

    static func leansFuture(_ tokens: [Token], before index: Int) -> Bool {
        lean(tokens, before: index) == .future
    }
}
