/// Span-level evidence: title phrases split off, each span typed from its words and context.
extension NameTagger {
    /// Splits a run at a title phrase and types each part.
    func split(_ si: Int, _ base: Int, _ a: Int, _ b: Int, _ limit: Int, _ keys: [String], _ classes: [NameClass],
               _ shapes: [Shape], into spans: inout [NameSpan]) {
        // Leading title phrase: demonyms, countries and role words with at least one title.
        var k = a
        var title = false
        while k < b {
            let c = classes[base + k]
            if c.contains(.role) && !c.contains(.given) || c.contains(.demonym) || c.contains(.country) && k + 1 < b
                || keys[base + k] == "of" && title {
                if c.contains(.title) { title = true }
                k += 1
                continue
            }
            break
        }
        if title {
            let restHasOrg = (k..<b).contains { classes[base + $0].contains(.orgHead) }
            if !restHasOrg {
                // Emit the places and nationalities in the title phrase; drop the role words.
                for q in a..<k {
                    let c = classes[base + q]
                    if c.contains(.demonym) && !c.contains(.country) {
                        spans.append(NameSpan(sentence: si, start: q, end: q + 1, type: .other, strength: .lexicon))
                    } else if c.contains(.country) {
                        spans.append(NameSpan(sentence: si, start: q, end: q + 1, type: .location, strength: .lexicon))
                    }
                }
                if k < b {
                    spans.append(NameSpan(sentence: si, start: k, end: b, type: .person, strength: .strong))
                }
                return
            }
        }
        // A lone role word ("President") is no name; a party's is ("Labour").
        if b - a == 1, classes[base + a].contains(.role),
           classes[base + a].isDisjoint(with: [.given, .country, .place, .demonym, .party]) { return }
        var span = type(si, base, a, b, limit, keys, classes, shapes)
        // A demonym glued before a name that is not a person ("Russian Interfax") stays other.
        if b - a >= 2, classes[base + a].contains(.demonym), !classes[base + a].contains(.country),
           span.strength < .lexicon, span.type != .other {
            spans.append(NameSpan(sentence: si, start: a, end: a + 1, type: .other, strength: .lexicon))
            span = type(si, base, a + 1, b, limit, keys, classes, shapes)
        }
        spans.append(span)
    }

    /// Types a span from its own words and the words around it (`limit`: the sentence's end).
    func type(_ si: Int, _ base: Int, _ a: Int, _ b: Int, _ limit: Int, _ keys: [String], _ classes: [NameClass],
              _ shapes: [Shape]) -> NameSpan {
        func make(_ t: NameType, _ s: NameSpan.Strength) -> NameSpan {
            NameSpan(sentence: si, start: a, end: b, type: t, strength: s)
        }
        let n = b - a
        let first = classes[base + a]
        let last = classes[base + b - 1]
        if n >= 2 {
            let phrase = (a..<b).map { keys[base + $0] }.joined(separator: " ")
            if let kind = lexicon.phrases[phrase] {
                switch kind {
                case .country: return make(.location, .lexicon)
                case .place:
                    if sports && !placeContext(base, a, b, limit, classes, shapes) { return make(.organization, .context) }
                    return make(.location, .lexicon)
                case .organization: return make(.organization, .lexicon)
                case .other: return make(.other, .lexicon)
                }
            }
        }
        let before = a > 0 ? classes[base + a - 1] : []
        if before.contains(.honorific) || before.contains(.title) && !before.contains(.given) {
            return make(.person, .strong)
        }
        let after = base + b < limit ? classes[base + b] : []
        let nextIsNumber = base + b < limit && shapes[base + b].contains(.number)
        if n == 1 && keys[base + a].utf8.contains(0x2D) && isGluedName(keys[base + a]) { return make(.other, .lexicon) }
        if n <= 3 && last.contains(.demonym) && !last.contains(.country) && !first.contains(.given) {
            return make(.other, .lexicon)
        }
        if n == 1 && first.contains(.organization) { return make(.organization, .lexicon) }
        // A party's everyday name alone ("Labour", "the Tories") is the party, not the word.
        if n == 1 && first.contains(.party) && !first.contains(.demonym) { return make(.organization, .lexicon) }
        if n == 1 && !first.contains(.common) && first.isDisjoint(with: [.country, .place, .given]),
           isDerivedDemonym(keys[base + a]) { return make(.other, .lexicon) }
        if n == 1 {
            if first.contains(.country) { return make(.location, .lexicon) }
            if first.contains(.demonym) { return make(.other, .lexicon) }
            if first.contains(.place) {
                // A town followed by a score or a points total is its team; in sport reports
                // a town is its team unless the sentence puts something in it or it is a dateline.
                if nextIsNumber { return make(.organization, .strong) }
                return sports && !placeContext(base, a, b, limit, classes, shapes) ? make(.organization, .context) : make(.location, .lexicon)
            }
            if first.contains(.orgAcronym) { return make(.organization, .lexicon) }
        }
        // "Gulf of Mexico", "Bay of Bengal", "Isle of Man": a geographic feature named after a place.
        if n >= 3 && keys[base + a + 1] == "of" && NameWords.geographicOfHeads.contains(keys[base + a]) {
            return make(.location, .lexicon)
        }
        if n >= 2 && last.contains(.eventHead) { return make(.other, .lexicon) }
        if n >= 2 && last.contains(.placeHead) && !first.contains(.given) { return make(.location, .context) }
        if (a..<b).contains(where: { keys[base + $0] == "&" }) { return make(.organization, .lexicon) }
        for k in a..<b where classes[base + k].contains(.orgHead) && !(k == a && n >= 2 && classes[base + k].contains(.place)) {
            return make(.organization, .lexicon)
        }
        if n >= 2 && last.contains(.country) && first.contains(.demonym) { return make(.location, .lexicon) }
        // A given name first makes a person, even when the last word is also a town somewhere
        // ("Wang Donghai"), unless the first word is itself a place ("Sydney Harbour").
        if n >= 2 && first.contains(.given) && !last.contains(.common)
            && (last.isDisjoint(with: [.place, .country]) || first.isDisjoint(with: [.place, .country, .demonym])) {
            return make(.person, .lexicon)
        }
        // A place inside a longer unknown name is a club, a firm or an airline ("Real Madrid").
        if n >= 2 && !first.contains(.demonym) && (a..<b).contains(where: { !classes[base + $0].isDisjoint(with: [.place, .country]) }) {
            return make(.organization, .context)
        }
        // People and bodies both "say"; only a multi-word name is likely a person by it.
        if after.contains(.speech) { return make(.person, n >= 2 ? .context : .guess) }
        if a > 0 && before.contains(.personCue) && shapes[base + a - 1].contains(.lowerStart) { return make(.person, .context) }
        if after.contains(.orgCue) && shapes[base + b].contains(.lowerStart) { return make(.organization, .context) }
        // "Smith , 35 ," -- an age after a comma.
        if base + b + 2 < limit && keys[base + b] == "," && shapes[base + b + 1].contains(.number)
            && keys[base + b + 2] == "," { return make(.person, .context) }
        if n == 1 {
            let sh = shapes[base + a]
            if sh.contains(.allCaps) && !sh.contains(.headline) && keys[base + a].utf8.count <= 5 {
                return make(.organization, .context)
            }
            if first.contains(.given) && !first.contains(.common) { return make(.person, .context) }
            if nextIsNumber { return make(.organization, .context) }
            if a > 0 && classes[base + a - 1].contains(.locative) && !(a > 1 && classes[base + a - 2].contains(.orgCue)) {
                return make(.location, .context)   // "in Tavildara", but not "shares in Vantorex"
            }
            if sports { return make(.organization, .guess) }
        }
        return make(.person, .guess)
    }

    /// Does the sentence use the name as a place: after "in"/"at", or as a dateline
    /// ("LONDON 1996-08-30")?
    func placeContext(_ base: Int, _ a: Int, _ b: Int, _ limit: Int, _ classes: [NameClass], _ shapes: [Shape]) -> Bool {
        if a > 0 && classes[base + a - 1].contains(.locative) { return true }
        if a == 0 && shapes[base].contains(.headline) && base + b < limit && !shapes[base + b].contains(.letter)
            && !shapes[base + b].contains(.number) { return true }
        return false
    }

    /// "Iraqis" (plural of a nationality), "Tanzanian", "Zairean", "Iraqi" (a country's name
    /// with a nationality ending), and their plurals.
    func isDerivedDemonym(_ key: String) -> Bool {
        guard key.utf8.count > 3 else { return false }
        if key.hasSuffix("s") {
            let singular = String(key.dropLast())
            if lexicon.classOf(singular).contains(.demonym) { return true }
            return isDerivedDemonym(singular)
        }
        guard key.hasSuffix("n") || key.hasSuffix("i") else { return false }
        for cut in 1...2 where lexicon.classOf(String(key.dropLast(cut))).contains(.country) { return true }
        return false
    }

    /// "U.S.-based", "Arab-Israeli", "New York-based": a name glued into an adjective.
    func isGluedName(_ key: String) -> Bool {
        let parts = key.split(separator: "-")
        guard parts.count >= 2 else { return false }
        let known: NameClass = [.country, .demonym, .place]
        if parts.allSatisfy({ !lexicon.classOf(String($0)).isDisjoint(with: known) }) { return true }
        guard let tail = parts.last, ["based", "born", "led", "owned", "made", "backed", "run", "controlled", "sponsored", "registered", "listed"].contains(String(tail)) else { return false }
        return true
    }
}
