/// The runs of words the entity recognizer reads in one sentence, built on the name tagger's
/// spans.
///
/// Why: one component, `NameTagger`, decides which words are names (the same one `tag --conll`
/// scores); the recognizer only adds what participants need around a name. The tagger sets a
/// title phrase aside ("Russian Foreign Minister | Sergey Lavrov"); here the phrase is read with
/// its name again so the role is bound to it, and a title standing alone ("the Foreign
/// Minister, Sergey Lavrov", "Labour MP") is a run of its own so its role and party are kept.
enum NameRuns {
    /// Runs in token order, none overlapping. `spans`: the tagger's token ranges in the sentence.
    static func of(_ T: [Token], spans: [Range<Int>]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var floor = 0
        for span in spans.sorted(by: { $0.lowerBound < $1.lowerBound }) where span.lowerBound >= floor {
            var s = span.lowerBound
            while s > floor, isTitleWord(T, s - 1, floor: floor) { s -= 1 }
            // An earlier run of title words right before ("Russian", "U.S.") starts the phrase.
            if let last = runs.last, last.upperBound == s, T[last].allSatisfy(isTitleToken) {
                s = last.lowerBound
                runs.removeLast()
            } else {
                addBareTitles(T, floor..<s, into: &runs)
            }
            runs.append(s..<span.upperBound)
            floor = span.upperBound
        }
        addBareTitles(T, floor..<T.count, into: &runs)
        return runs
    }

    /// Adds the runs of title words in `gap` that no name follows.
    private static func addBareTitles(_ T: [Token], _ gap: Range<Int>, into runs: inout [Range<Int>]) {
        var k = gap.lowerBound
        while k < gap.upperBound {
            guard isTitleToken(T[k]) else { k += 1; continue }
            var e = k + 1
            while e < gap.upperBound, isTitleWord(T, e, floor: k) { e += 1 }
            runs.append(k..<e)
            k = e
        }
    }

    /// A capitalised role, party, nationality or country word, or an honorific.
    static func isTitleToken(_ t: Token) -> Bool {
        guard t.kind == .word, t.isCapitalized || t.isAllCaps, !t.isPossessive else { return false }
        return EntityRecognizer.isRoleToken(t) || PersonWords.honorifics.contains(t.lower)
    }

    /// Token `k` continues a title phrase read leftwards: a title word, or "of"/"the" after one
    /// ("Secretary of State").
    private static func isTitleWord(_ T: [Token], _ k: Int, floor: Int) -> Bool {
        if isTitleToken(T[k]) { return true }
        return (T[k].lower == "of" || T[k].lower == "the") && k > floor && isTitleToken(T[k - 1])
            && k + 1 < T.count && isTitleToken(T[k + 1])
    }
}
