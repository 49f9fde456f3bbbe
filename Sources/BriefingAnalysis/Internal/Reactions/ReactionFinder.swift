/// Finds sentences where someone reacts, with the actor, the tone and whether it is hedged.
///
/// Method: a cue verb or phrase from `ReactionCues` ("welcomed", "called for", "expressed
/// concern"); a negation just before it cancels the sentence rather than risk inverting it.
/// The actor is the first name or group noun in the clause before the cue (the subject, in
/// news English), else the first in the sentence; sentences with no actor are not reactions
/// we can attribute, so they are left out. A hedge ("likely", "probably", "would") before
/// the cue marks the finding as speculative.
enum ReactionFinder {
    static let objectMarkers: Set<String> = ["of", "in", "at", "with", "to", "for", "on", "from", "between",
                                             "against", "about", "into", "by", "within", "among", "toward", "towards"]
    static let clauseBreaks: Set<String> = [",", ";", "while", "but", "whereas", "although", "though", "and"]

    /// First bytes of the cue words and pair starts: a token starting otherwise (punctuation,
    /// numbers, most words) is no cue, which a byte test says without hashing it.
    static let cueFirstBytes: [Bool] = {
        var out = [Bool](repeating: false, count: 256)
        for k in ReactionCues.words.keys { out[Int(k.utf8.first ?? 0)] = true }
        for k in ReactionCues.pairs.keys { out[Int(k.utf8.first ?? 0)] = true }
        return out
    }()

    /// - Parameter words: the size of the article's `WordTable` when the tokens carry its word
    ///   numbers. Whether a word can start a cue is then decided once per distinct word, and the
    ///   scan skips the others without hashing them (most tokens are no cue); the findings are
    ///   the same.
    static func find(_ sentences: [Sentence], mentions: [EntityMention], words: Int = 0) -> [ReactionFinding] {
        var bySentence: [Int: [EntityMention]] = [:]
        for m in mentions where !m.inHeading { bySentence[m.sentence, default: []].append(m) }
        var out: [ReactionFinding] = []
        // Per word number: 0 not yet asked, 1 no cue starts with it, 2 one may.
        var mayCue = [UInt8](repeating: 0, count: words)
        for (si, s) in sentences.enumerated() where !s.isHeading {
            let T = s.tokens
            var k = 0
            var found: (cue: ReactionCues.Cue, at: Int)? = nil
            while k < T.count {
                let l = T[k].lower
                guard let first = l.utf8.first, cueFirstBytes[Int(first)] else { k += 1; continue }
                let w = Int(T[k].word)
                if w >= 0 && w < words {
                    if mayCue[w] == 0 { mayCue[w] = ReactionCues.pairs[l] != nil || ReactionCues.words[l] != nil ? 2 : 1 }
                    if mayCue[w] == 1 { k += 1; continue }
                }
                if let next = ReactionCues.pairs[l], k + 1 < T.count, let cue = next[T[k + 1].lower] {
                    found = (cue, k); break
                }
                if let cue = ReactionCues.words[l] { found = (cue, k); break }
                k += 1
            }
            guard let (cue, at) = found else { continue }
            let lo = max(0, at - 3)
            if T[lo..<at].contains(where: { ReactionCues.negations.contains($0.lower) }) { continue }
            // Clause starts before the cue; the cue's own clause is the last.
            var clauseStarts = [0]
            for q in 0..<at where clauseBreaks.contains(T[q].lower) && q + 1 <= at { clauseStarts.append(q + 1) }
            let clause = clauseStarts.last!
            // Candidate actors before the cue: names and group nouns.
            var actors: [(pos: Int, name: String, group: Bool)] = []
            for m in bySentence[si] ?? [] where m.lastToken < at && ReactionCues.groups[m.surface.lowercased()] == nil {
                actors.append((m.firstToken, m.surface, false))
            }
            for q in 0..<at {
                let l = T[q].lower
                guard var g = ReactionCues.groups[l] else { continue }
                if l == "community" { if q == 0 || T[q - 1].lower != "international" { continue } }
                if g == "international community" { g = "international community" }
                if actors.contains(where: { !$0.group && $0.pos <= q && q <= $0.pos + 3 }) { continue }
                actors.append((q, g, true))
            }
            actors.sort { $0.pos < $1.pos }
            // The subject: the first actor of the cue's clause; else the nearest earlier actor
            // that is not an object ("in Ukraine", "like the UN") or a possessive ("Russia's").
            func isObject(_ pos: Int, _ name: String, _ group: Bool) -> Bool {
                var q = pos - 1
                while q >= 0, ["the", "a", "an"].contains(T[q].lower) { q -= 1 }
                if q >= 0, objectMarkers.contains(T[q].lower) { return true }
                if !group, let m = bySentence[si]?.first(where: { $0.firstToken == pos }),
                   m.lastToken + 1 < T.count, T[m.lastToken + 1].isPossessive { return true }
                return false
            }
            var actor = actors.first(where: { $0.pos >= clause })
            if actor == nil {
                // Walk back clause by clause: the first actor that is a subject there.
                var upper = clause
                for start in clauseStarts.dropLast().reversed() where actor == nil {
                    actor = actors.first { $0.pos >= start && $0.pos < upper && !isObject($0.pos, $0.name, $0.group) }
                    upper = start
                }
            }
            guard let actor else { continue }
            // Hedged when a hedge stands between the actor and the cue ("Lavrov probably ... accused").
            let hedged = T[min(actor.pos, lo)..<at].contains { ReactionCues.hedges.contains($0.lower) }
            out.append(ReactionFinding(theme: cue.theme, tone: cue.tone, hedged: hedged, actor: actor.name,
                                       actorIsGroup: actor.group, sentence: s.text))
        }
        return out
    }
}
