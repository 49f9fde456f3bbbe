/// Finds and types names (person, organisation, location, other) in a tokenised document.
///
/// Why this design: a name in English news is a run of capitalised words; what makes it hard is
/// telling a capitalised common word (sentence start, all-capitals headline) from a name, and
/// typing names no list holds. So: one lexicon lookup per token (English dictionary, gazetteers,
/// titles); runs joined over "&", name particles and "of" after head words ("Bank of England");
/// title phrases split off ("Russian Foreign Minister Yevgeny Primakov" -> other, person); each
/// span typed by the strongest evidence (a gazetteer, an organisation head word, a title, a given
/// name, the words around it); then a document pass lets confident mentions type the weak ones
/// (a surname alone, a name in a headline), and a corpus memory types what is left.
struct NameTagger {
    let lexicon = NameLexicon.shared

    /// Shape bits of one token.
    private struct Shape: OptionSet {
        let rawValue: UInt8
        static let cap = Shape(rawValue: 1)
        static let allCaps = Shape(rawValue: 2)
        static let letter = Shape(rawValue: 4)
        static let number = Shape(rawValue: 8)
        static let initial = Shape(rawValue: 16)
        static let headline = Shape(rawValue: 32)
        static let lowerStart = Shape(rawValue: 64)
        static let dotted = Shape(rawValue: 128)
    }

    /// Names typed with strong evidence across documents: the fallback for guesses.
    var memory: [String: NameType] = [:]
    /// The document reports sport (its headline or several words say so): towns name teams.
    private var sports = false

    /// Tags one document (sentences of tokens) and returns its name spans, in order.
    mutating func tag(_ doc: [[String]]) -> [NameSpan] {
        // Per-token keys, classes and shapes, flattened.
        var offsets: [Int] = []
        offsets.reserveCapacity(doc.count + 1)
        var keys: [String] = []
        var classes: [NameClass] = []
        var shapes: [Shape] = []
        var total = 0
        for s in doc { offsets.append(total); total += s.count }
        offsets.append(total)
        keys.reserveCapacity(total)
        classes.reserveCapacity(total)
        shapes.reserveCapacity(total)
        var sportWords = 0
        var lowerSeen: Set<String> = []
        var capSeen: Set<String> = []
        for (si, s) in doc.enumerated() {
            let base = shapes.count
            var caps = 0, words = 0
            for (i, tok) in s.enumerated() {
                let (key, shape) = Self.keyAndShape(tok)
                keys.append(key)
                let c = lexicon.classOf(key)
                classes.append(c)
                if c.contains(.sport) { sportWords += si == 0 ? 3 : 1 }
                var sh = shape
                if i == 0 || Self.opensSentence(s[i - 1]) { sh.insert(.initial) }
                shapes.append(sh)
                if sh.contains(.letter) && tok.utf8.count >= 2 {
                    words += 1
                    if sh.contains(.allCaps) { caps += 1 }
                }
            }
            let headline = words > 0 && caps * 5 >= words * 3
            for k in base..<shapes.count {
                if headline { shapes[k].insert(.headline); continue }
                if shapes[k].contains(.lowerStart) { lowerSeen.insert(keys[k]) }
                else if shapes[k].contains(.cap) && !shapes[k].contains(.initial) { capSeen.insert(keys[k]) }
            }
        }
        sports = sportWords >= 3
        // Candidates.
        var cand = [Bool](repeating: false, count: total)
        for k in 0..<total {
            cand[k] = isCandidate(k, keys, classes, shapes, lowerSeen: lowerSeen, capSeen: capSeen)
        }
        // Multi-word gazetteer names are names even where a word alone is not ("NEW YORK").
        for (si, s) in doc.enumerated() {
            let base = offsets[si]
            for i in 0..<s.count where classes[base + i].contains(.phraseStart) && shapes[base + i].contains(.cap) {
                var phrase = keys[base + i]
                var j = i + 1
                while j < s.count && j - i < 5 {
                    phrase += " " + keys[base + j]
                    j += 1
                    if lexicon.phrases[phrase] != nil && shapes[base + j - 1].contains(.cap) {
                        for k in i..<j { cand[base + k] = true }
                    }
                }
            }
        }
        // Spans, typed from their own evidence.
        var spans: [NameSpan] = []
        for (si, s) in doc.enumerated() {
            let base = offsets[si]
            var i = 0
            while i < s.count {
                guard cand[base + i] else { i += 1; continue }
                var j = i + 1
                while j < s.count {
                    if cand[base + j] { j += 1; continue }
                    if j + 1 < s.count, cand[base + j + 1], joins(base, i, j, keys, classes, shapes) { j += 2; continue }
                    break
                }
                split(si, base, i, j, base + s.count, keys, classes, shapes, into: &spans)
                i = j
            }
        }
        resolve(&spans, offsets: offsets, keys: keys, classes: classes, shapes: shapes, lowerSeen: lowerSeen)
        return spans
    }

    // MARK: tokens

    /// The lower-cased lookup key (periods dropped from dotted abbreviations) and the shape.
    @inline(__always) private static func keyAndShape(_ tok: String) -> (String, Shape) {
        var shape: Shape = []
        var upper = 0, lower = 0, digits = 0, dots = 0
        var ascii = true
        for b in tok.utf8 {
            if b >= 0x41 && b <= 0x5A { upper += 1 }
            else if b >= 0x61 && b <= 0x7A { lower += 1 }
            else if b >= 0x30 && b <= 0x39 { digits += 1 }
            else if b == 0x2E { dots += 1; shape.insert(.dotted) }
            else if b >= 0x80 { ascii = false }
        }
        let first = tok.utf8.first ?? 0
        if !ascii {
            if let c = tok.first, c.isLetter {
                shape.insert(.letter)
                if c.isUppercase { shape.insert(.cap) } else { shape.insert(.lowerStart) }
            }
            return (tok.lowercased(), shape)
        }
        if upper + lower > 0 { shape.insert(.letter) }
        if first >= 0x41 && first <= 0x5A {
            shape.insert(.cap)
            if lower == 0 && upper >= 2 { shape.insert(.allCaps) }
        } else if first >= 0x61 && first <= 0x7A {
            shape.insert(.lowerStart)
        } else if digits > 0 && digits <= 3 && digits == tok.utf8.count {
            shape.insert(.number)
        }
        let dropDots = upper + lower > 0 && dots > 0
        if upper == 0 && !dropDots { return (tok, shape) }
        let n = tok.utf8.count - (dropDots ? dots : 0)
        let key = String(unsafeUninitializedCapacity: n) { buf in
            var w = 0
            for b in tok.utf8 {
                if dropDots && b == 0x2E { continue }
                buf[w] = (b >= 0x41 && b <= 0x5A) ? b + 32 : b
                w += 1
            }
            return w
        }
        return (key, shape)
    }

    /// A token after which the next word starts a sentence-like unit (its capital says little).
    @inline(__always) private static func opensSentence(_ t: String) -> Bool {
        switch t {
        case "\"", "'", "`", "``", "(", "[", "-", "--", ":", ";", ".", "?", "!", "...": return true
        default: return false
        }
    }

    private func isCandidate(_ k: Int, _ keys: [String], _ classes: [NameClass], _ shapes: [Shape],
                             lowerSeen: Set<String>, capSeen: Set<String>) -> Bool {
        let sh = shapes[k]
        guard sh.contains(.cap) else { return false }
        let c = classes[k]
        let key = keys[k]
        if c.contains(.calendar) || c.contains(.honorific) || key == "i" { return false }
        if key.utf8.count == 1 {
            // An initial ("C." of "C. Lewis") belongs to the name after it; a lone letter is none.
            guard k + 1 < shapes.count, sh.contains(.dotted) else { return false }
            // (The next token's `.initial` bit also rules out the next sentence's first word.)
            return shapes[k + 1].contains(.cap) && !shapes[k + 1].contains(.initial)
                && classes[k + 1].isDisjoint(with: [.closed, .calendar])
        }
        let strongKnown: NameClass = [.country, .place, .demonym, .orgAcronym]
        if sh.contains(.headline) {
            if !c.isDisjoint(with: strongKnown) || capSeen.contains(key) { return true }
            if c.contains(.closed) || c.contains(.common) { return false }
            return true
        }
        if sh.contains(.initial) {
            if !c.isDisjoint(with: strongKnown) { return true }
            if c.contains(.closed) { return false }
            if capSeen.contains(key) && !lowerSeen.contains(key) { return true }
            if c.contains(.common) || lowerSeen.contains(key) {
                // A given name that is also a word ("Bill") starts a name when a name follows.
                guard c.contains(.given) || c.contains(.title), k + 1 < shapes.count else { return false }
                let n = shapes[k + 1]
                return n.contains(.cap) && !n.contains(.initial) && !classes[k + 1].contains(.closed)
            }
            return true
        }
        if c.contains(.closed) && !sh.contains(.allCaps) { return false }
        return !isTableWord(keys[k], c)
    }

    /// "M1", "C-4", "Year-on-year", "T-bills": codes and hyphenated common words, not names.
    private func isTableWord(_ key: String, _ c: NameClass) -> Bool {
        guard c.isEmpty || c == .common else { return false }
        var digit = false, hyphen = false
        for b in key.utf8 {
            if b >= 0x30 && b <= 0x39 { digit = true } else if b == 0x2D { hyphen = true }
        }
        if digit { return true }
        guard hyphen else { return false }
        return key.split(separator: "-").allSatisfy { part in
            let pc = lexicon.classOf(String(part))
            return part.utf8.count == 1 || pc.contains(.common) && pc.isDisjoint(with: NameClass.known)
        }
    }

    /// May the non-candidate token at `j` join the run `i..<j` to the candidate after it?
    private func joins(_ base: Int, _ i: Int, _ j: Int, _ keys: [String], _ classes: [NameClass],
                       _ shapes: [Shape]) -> Bool {
        let key = keys[base + j]
        if key == "&" { return true }
        let c = classes[base + j]
        if c.contains(.particle) && shapes[base + j].contains(.lowerStart) && key != "de" || key == "de" && j > i {
            return !classes[base + j + 1].contains(.closed)
        }
        if key == "of" || key == "for" {
            for k in i..<j where classes[base + k].contains(.ofHead) { return true }
        }
        // Inside an organisation's long name already joined over "of"/"for", before a dictionary
        // word or a place: "Organisation for Security and Cooperation in Europe".
        // ("and" only after "for": "Bank of England and Acme" are two names.)
        if key == "and" || key == "in" {
            let inside = (i..<j).contains { keys[base + $0] == "for" || key == "in" && keys[base + $0] == "of" }
                && (i..<j).contains { classes[base + $0].contains(.orgHead) }
            let next = classes[base + j + 1]
            if inside && (key == "in" || next.contains(.common) && next.isDisjoint(with: NameClass.known)) { return true }
        }
        return false
    }

    // MARK: spans

    /// Splits a run at a title phrase and types each part.
    private func split(_ si: Int, _ base: Int, _ a: Int, _ b: Int, _ limit: Int, _ keys: [String], _ classes: [NameClass],
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
        // A lone role word ("President") is no name.
        if b - a == 1, classes[base + a].contains(.role), !classes[base + a].contains(.given),
           classes[base + a].isDisjoint(with: [.country, .place, .demonym]) { return }
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
    private func type(_ si: Int, _ base: Int, _ a: Int, _ b: Int, _ limit: Int, _ keys: [String], _ classes: [NameClass],
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
        if n >= 2 && last.contains(.eventHead) { return make(.other, .lexicon) }
        if n >= 2 && last.contains(.placeHead) && !first.contains(.given) { return make(.location, .context) }
        if (a..<b).contains(where: { keys[base + $0] == "&" }) { return make(.organization, .lexicon) }
        for k in a..<b where classes[base + k].contains(.orgHead) && !(k == a && n >= 2 && classes[base + k].contains(.place)) {
            return make(.organization, .lexicon)
        }
        if n >= 2 && last.contains(.country) && first.contains(.demonym) { return make(.location, .lexicon) }
        if n >= 2 && first.contains(.given) && !last.contains(.common) && last.isDisjoint(with: [.place, .country]) {
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
    private func placeContext(_ base: Int, _ a: Int, _ b: Int, _ limit: Int, _ classes: [NameClass], _ shapes: [Shape]) -> Bool {
        if a > 0 && classes[base + a - 1].contains(.locative) { return true }
        if a == 0 && shapes[base].contains(.headline) && base + b < limit && !shapes[base + b].contains(.letter)
            && !shapes[base + b].contains(.number) { return true }
        return false
    }

    /// "Iraqis" (plural of a nationality), "Tanzanian", "Zairean", "Iraqi" (a country's name
    /// with a nationality ending), and their plurals.
    private func isDerivedDemonym(_ key: String) -> Bool {
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
    private func isGluedName(_ key: String) -> Bool {
        let parts = key.split(separator: "-")
        guard parts.count >= 2 else { return false }
        let known: NameClass = [.country, .demonym, .place]
        if parts.allSatisfy({ !lexicon.classOf(String($0)).isDisjoint(with: known) }) { return true }
        guard let tail = parts.last, ["based", "born", "led", "owned", "made", "backed", "run", "controlled", "sponsored", "registered", "listed"].contains(String(tail)) else { return false }
        return true
    }

    // MARK: document evidence

    /// Lets confidently typed spans type the weak mentions of the same name in the document;
    /// then the corpus memory; then remembers this document's confident names.
    private mutating func resolve(_ spans: inout [NameSpan], offsets: [Int], keys: [String],
                                  classes: [NameClass], shapes: [Shape], lowerSeen: Set<String>) {
        func text(_ s: NameSpan) -> String {
            let base = offsets[s.sentence]
            if s.end - s.start == 1 { return keys[base + s.start] }
            return (s.start..<s.end).map { keys[base + $0] }.joined(separator: " ")
        }
        var best: [String: (NameType, NameSpan.Strength)] = [:]
        var parts: [String: NameType] = [:]
        // Context cues vote: "Vantorex shares" twice outweighs one "in Vantorex".
        var votes: [String: [NameType: Int]] = [:]
        for s in spans where s.strength >= .context {
            let t = text(s)
            if s.strength == .context { votes[t, default: [:]][s.type, default: 0] += 1 }
            if let old = best[t] {
                let outvoted = old.1 == .context && s.strength == .context && old.0 != s.type
                    && votes[t]![s.type]! > votes[t]![old.0]!
                if old.1 >= s.strength && !outvoted { continue }
            }
            best[t] = (s.type, s.strength)
            if s.end - s.start >= 2 && (s.type == .person || s.type == .organization) {
                let base = offsets[s.sentence]
                for k in s.start..<s.end where !classes[base + k].contains(.closed) {
                    let key = keys[base + k]
                    if parts[key] == nil || s.type == .person { parts[key] = s.type }
                }
            }
        }
        var drop: [Int] = []
        for idx in spans.indices where spans[idx].strength < .strong {
            let s = spans[idx]
            let t = text(s)
            if let (type, strength) = best[t], strength > s.strength || (strength == s.strength && type != s.type && s.strength < .lexicon) {
                spans[idx].type = type
                spans[idx].strength = max(s.strength, .context)
                continue
            }
            guard s.strength < .lexicon else { continue }
            if s.end - s.start == 1, let type = parts[t] {
                spans[idx].type = type
                continue
            }
            if s.strength == .guess, let type = memory[t] { spans[idx].type = type; continue }
            // A lone capitalised dictionary word that nothing else calls a name, where the
            // capital says little (a sentence start, a headline, a table) or the document also
            // writes it in lower case ("Second", "Data"), is a word, not a name.
            if s.strength == .guess, s.end - s.start == 1 {
                let k = offsets[s.sentence] + s.start
                let c = classes[k]
                let weakCapital = !shapes[k].isDisjoint(with: [.initial, .headline]) || lowerSeen.contains(keys[k])
                if c.contains(.common) && c.isDisjoint(with: NameClass.known) && weakCapital { drop.append(idx) }
            }
        }
        for idx in drop.reversed() { spans.remove(at: idx) }
        for (t, v) in best where v.1 >= .lexicon { memory[t] = v.0 }
    }
}
