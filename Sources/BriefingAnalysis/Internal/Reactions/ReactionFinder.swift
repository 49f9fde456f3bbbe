/// Finds who says or does what in one article: each sentence's speaker (`SpeechReader`,
/// resolved by `SpeakerResolver`), the stance of the verb, whom it is aimed at, and whether the
/// reported content is a guess.
///
/// Why per sentence and in order: "he said" and a quotation that runs on are settled by the
/// sentence before, so the article is read front to back; it reads nothing but its own
/// sentences, so articles still run in parallel.
enum ReactionFinder {
    /// A statement shorter than this many words carries no content ("X also reacted."); six
    /// words is the shortest clause that says something about something ("X said the plan fails").
    static let minimumWords = 6

    static func find(_ sentences: [Sentence], mentions: [EntityMention]) -> [ReactionFinding] {
        var bySentence: [Int: [EntityMention]] = [:]
        for m in mentions where !m.inHeading { bySentence[m.sentence, default: []].append(m) }
        var resolver = SpeakerResolver(sentences: sentences, mentions: bySentence)
        var out: [ReactionFinding] = []
        var open = false
        var paragraph = -1
        for (si, s) in sentences.enumerated() where !s.isHeading {
            if s.paragraph != paragraph { open = false; paragraph = s.paragraph }
            let quotes = QuoteMask(s.tokens, openAtStart: open)
            let here = bySentence[si] ?? []
            let reading = SpeechReader.read(s.tokens, mentions: here, quoted: quotes.inside)
            let resolved = resolver.speakers(si, reading, quotes, openAtStart: open)
            open = quotes.openAtEnd
            guard s.wordCount >= minimumWords else { continue }
            out += bySpeaker(resolved).map { finding(s, si, $0.speakers, $0.attribution, here) }
        }
        return out
    }

    /// One attribution per speaker: the first that takes a side, else the first ("said workers
    /// did not want a strike and called for talks" is a call for talks).
    static func bySpeaker(_ list: [(attribution: SpeechAttribution?, speakers: [EntityMention])])
        -> [(attribution: SpeechAttribution?, speakers: [EntityMention])] {
        var out: [(attribution: SpeechAttribution?, speakers: [EntityMention])] = []
        for item in list {
            let names = item.speakers.map(\.surface)
            guard let i = out.firstIndex(where: { $0.speakers.map(\.surface) == names }) else { out.append(item); continue }
            if out[i].attribution?.cue.stance == .comments, item.attribution?.cue.stance != .comments { out[i].attribution = item.attribution }
        }
        return out
    }

    static func finding(_ s: Sentence, _ si: Int, _ speakers: [EntityMention], _ a: SpeechAttribution?,
                        _ here: [EntityMention]) -> ReactionFinding {
        let T = s.tokens
        let cue = a.map { stance($0, T) } ?? ReactionCues.Cue(stance: .comments, tone: .neutral)
        let verb = a?.verb ?? -1
        // A strong verb reports a stance as fact ("accused the Tories", "warned that X could
        // follow"); only a plain statement's own content can make it a guess.
        let hedged = (a?.hedged ?? false) || cue.stance == .comments && contentHedged(T, a)
        let target = verb >= 0 && cue.stance != .comments ? self.target(after: verb, T, here, speakers) : nil
        return ReactionFinding(actors: speakers.map(\.surface), stance: cue.stance, tone: cue.tone, hedged: hedged,
                               target: target, sentence: s.text, sentenceIndex: si)
    }

    /// The verb's stance, or its object's ("reiterated the U.S.'s unwavering support"); a negated
    /// one ("did not welcome") is no stance we can tell.
    static func stance(_ a: SpeechAttribution, _ T: [Token]) -> ReactionCues.Cue {
        let negated = T[max(0, a.verb - 3)..<a.verb].contains { ReactionCues.negations.contains($0.lower) }
        if negated { return ReactionCues.Cue(stance: .comments, tone: .neutral) }
        guard a.cue.stance == .comments, ReactionCues.objectStanceVerbs.contains(T[a.verb].lower) else { return a.cue }
        for k in (a.verb + 1)..<min(T.count, a.verb + 8) {
            if T[k].kind == .punct && !T[k].isPossessive && T[k].text != "." { break }
            if let cue = ReactionCues.stanceNouns[T[k].lower] { return cue }
        }
        return a.cue
    }

    /// A hedge in the reported content's first clause ("said it may be possible", `"...is likely
    /// to be lifted," X said`), not in a clause further on ("if Parliament could consider it").
    static func contentHedged(_ T: [Token], _ a: SpeechAttribution?) -> Bool {
        // The content comes first when the quotation opens the sentence or the attribution
        // closes it ("..., Jack Straw has said."); else it follows the verb.
        var start = 0
        if let a, !T[..<a.verb].contains(where: { QuoteMask.isQuote($0.text) }), T.count - a.verb > 4 { start = a.verb + 1 }
        var k = start
        while k < T.count, k - start < clauseWords {
            let t = T[k]
            if t.kind == .punct, [",", ";", ":", "."].contains(t.text), k > start + 1 { break }
            if t.kind == .word, !(t.isCapitalized && k > 0) {  // "May" the month, a name
                if ReactionCues.hedges.contains(t.lower) { return true }
                if t.lower == "expected", k + 1 < T.count, T[k + 1].lower == "to" { return true }
            }
            k += 1
        }
        return false
    }

    /// How far into the content a hedge still governs it: a clause of news prose rarely runs
    /// past a dozen words before a comma or a new clause starts.
    static let clauseWords = 12

    /// The first name after the verb, within its clause, that is not the speaker ("accused the Tories").
    static func target(after verb: Int, _ T: [Token], _ here: [EntityMention], _ speakers: [EntityMention]) -> String? {
        let own = Set(speakers.map(\.surface))
        var k = verb + 1
        while k < T.count, k - verb <= 8 {
            if T[k].kind == .punct && T[k].text != "-" { return nil }
            if let m = here.first(where: { $0.firstToken == k }) {
                return own.contains(m.surface) || isAdjunct(m, T) ? nil : m.surface
            }
            k += 1
        }
        return nil
    }

    /// A place or time after the verb ("in Malta", "on GMTV"), not whom the stance is aimed at.
    static func isAdjunct(_ m: EntityMention, _ T: [Token]) -> Bool {
        var p = m.firstToken - 1
        while p >= 0, ["the", "a", "an"].contains(T[p].lower) { p -= 1 }
        return p >= 0 && adjunctWords.contains(T[p].lower)
    }

    static let adjunctWords: Set<String> = [
        "in", "at", "from", "during", "into", "near", "on", "by", "after", "before", "for", "over", "under",
        "across", "to", "via", "through",
    ]
}
