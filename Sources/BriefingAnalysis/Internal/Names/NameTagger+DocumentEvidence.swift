/// Document-level evidence: confident mentions type the weak ones, then the corpus memory.
extension NameTagger {
    /// Lets confidently typed spans type the weak mentions of the same name in the document;
    /// then the corpus memory; then remembers this document's confident names.
    /// (`lowerSeen(k)`: does the document write flat token `k`'s word in lower case?)
    mutating func resolve(_ spans: inout [NameSpan], offsets: [Int], keys: [String],
                          classes: [NameClass], shapes: [Shape], lowerSeen: (Int) -> Bool) {
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
                let weakCapital = !shapes[k].isDisjoint(with: [.initial, .headline]) || lowerSeen(k)
                if c.contains(.common) && c.isDisjoint(with: NameClass.known) && weakCapital { drop.append(idx) }
            }
        }
        for idx in drop.reversed() { spans.remove(at: idx) }
        for (t, v) in best where v.1 >= .lexicon { memory[t] = v.0 }
    }
}
