/// Reads one sentence for a reporting verb and its subject: "X said", "said X", "X told
/// reporters", "according to X", "X, the minister, warned", "denied by X", "he said".
///
/// Method: each reporting verb outside quotation marks whose subject the sentence shows,
/// where news English puts it -- the name just before the verb (past "has also", an appositive
/// between commas, or "who"), the name just after it when the quote comes first (`", said X`),
/// or the name after "according to" / "by". Verbs inside quotation marks are the quoted
/// speaker's words, not the sentence's attribution, so they are never read.
enum SpeechReader {
    /// Every attribution of the sentence's own clauses, in order ("Blinken reiterated ...,
    /// while Lavrov defended ... and accused the West" gives three, the last Lavrov's too).
    /// - Parameter quoted: per token, whether it is inside quotation marks (`QuoteMask`).
    static func read(_ T: [Token], mentions M: [EntityMention], quoted: [Bool]) -> [SpeechAttribution] {
        var found: [SpeechAttribution] = []
        for k in T.indices where !quoted[k] && T[k].kind == .word {
            guard let cue = cue(at: k, T), let a = attribution(cue, verb: k, T, M, previous: found.last) else { continue }
            found.append(a)
        }
        return found.filter { a in !nested(a, in: found) }
    }

    /// One whose verb sits between another's subject and verb ("Alvarez, who arrived when
    /// Dr Murray called for help, said ...") belongs to a clause inside that one.
    static func nested(_ a: SpeechAttribution, in found: [SpeechAttribution]) -> Bool {
        found.contains { b in b.subject < a.subject && a.verb < b.verb && b.subject < b.verb }
    }

    /// The reporting cue at `k`: a verb, a verb with its particle ("called for"), a meeting
    /// ("held talks"), or "according to".
    static func cue(at k: Int, _ T: [Token]) -> ReactionCues.Cue? {
        let l = T[k].lower
        guard cueWords.mayContain(l) else { return nil }
        let next = k + 1 < T.count ? T[k + 1].lower : ""
        if let pair = ReactionCues.pairs[l], let cue = pair[next] { return cue }
        if let cue = ReactionCues.words[l] { return cue }
        if l == "according" && next == "to" { return ReactionCues.Cue(stance: .comments, tone: .neutral) }
        if ReactionCues.meetingVerbs.contains(l),
           T[(k + 1)..<min(T.count, k + 4)].contains(where: { ReactionCues.talkNouns.contains($0.lower) }) {
            return ReactionCues.Cue(stance: .talks, tone: .neutral)
        }
        return nil
    }

    /// Every word a cue can start with (`cue(at:)` asks it first): most words are none, and one
    /// byte-table probe turns them away instead of three string hashes.
    static let cueWords: ByteKeyTable = {
        var words: [String: UInt8] = ["according": 1]
        for w in ReactionCues.words.keys { words[w] = 1 }
        for w in ReactionCues.pairs.keys { words[w] = 1 }
        for w in ReactionCues.meetingVerbs { words[w] = 1 }
        return ByteKeyTable(words)
    }()

    static func attribution(_ cue: ReactionCues.Cue, verb v: Int, _ T: [Token], _ M: [EntityMention],
                            previous: SpeechAttribution? = nil) -> SpeechAttribution? {
        let after = v + 1 < T.count ? T[v + 1].lower : ""
        // "... defended Russia's actions and accused the West": the previous verb's subject.
        if let previous, let at = coordinatedVerb(v, T) {
            return SpeechAttribution(speaker: previous.speaker, verb: v, subject: previous.subject, cue: cue,
                                     hedged: T[at..<v].contains { ReactionCues.hedges.contains($0.lower) } || previous.hedged)
        }
        // "according to X"; a stance told in the passive, "criticised by X".
        if T[v].lower == "according" || after == "by" && cue.stance != .comments {
            guard let m = nameAfter(v + 2, T, M) else { return nil }
            return SpeechAttribution(speaker: .names([m]), verb: v, subject: M[m].firstToken, cue: cue, hedged: false)
        }
        if let s = subjectBefore(v, T, M) {
            return SpeechAttribution(speaker: s.speaker, verb: v, subject: s.at, cue: cue, hedged: s.hedged)
        }
        // Inverted after a quotation: `"...," said Mr Solovyov`.
        if followsQuote(v, T), let m = nameAfter(v + 1, T, M) {
            return SpeechAttribution(speaker: .names([m]), verb: v, subject: M[m].firstToken, cue: cue, hedged: false)
        }
        return nil
    }

    /// The "and" that joins the verb at `v` to an earlier one, past auxiliaries and adverbs.
    static func coordinatedVerb(_ v: Int, _ T: [Token]) -> Int? {
        var q = v - 1
        while q >= 0, T[q].kind == .word, ReactionCues.auxiliaries.contains(T[q].lower) { q -= 1 }
        return q >= 0 && T[q].lower == "and" ? q : nil
    }

    /// The verb comes right after a closing quotation mark (and its comma).
    static func followsQuote(_ v: Int, _ T: [Token]) -> Bool {
        var p = v - 1
        if p >= 0, T[p].text == "," { p -= 1 }
        return p >= 0 && T[p].kind == .punct && QuoteMask.isQuote(T[p].text)
    }

    /// The subject that ends just before the verb, past auxiliaries and adverbs, an appositive
    /// between commas, or a relative "who".
    static func subjectBefore(_ v: Int, _ T: [Token], _ M: [EntityMention]) -> (speaker: SpeechAttribution.Speaker, at: Int, hedged: Bool)? {
        var q = v - 1
        var hedged = false
        while q >= 0, T[q].kind == .word, ReactionCues.auxiliaries.contains(T[q].lower) {
            if ReactionCues.hedges.contains(T[q].lower) { hedged = true }
            q -= 1
        }
        guard q >= 1 else { return q == 0 ? subjectEnding(at: 0, T, M).map { ($0, 0, hedged) } : nil }
        if T[q].lower == "who", T[q - 1].text == "," { q -= 2 }
        else if T[q].text == "," {
            // "The chairman of X, Sher Khan, said": the name closes the appositive.
            if M.contains(where: { $0.lastToken == q - 1 }), let s = subjectEnding(at: q - 1, T, M) { return (s, q - 1, hedged) }
            guard let open = appositiveStart(q, T) else { return nil }
            q = open - 1
        }
        guard q >= 0, let s = subjectEnding(at: q, T, M) else { return nil }
        return (s, q, hedged)
    }

    /// The comma that opens an appositive closed by the comma at `close` ("X, chairman of Y, said").
    /// A relative clause ("X, who was the first to arrive when ..., said") may run longer.
    static func appositiveStart(_ close: Int, _ T: [Token]) -> Int? {
        var p = close - 1
        while p > 0, close - p <= 30 {
            if T[p].text == "," {
                let relative = p + 1 < T.count && ["who", "which"].contains(T[p + 1].lower)
                return close - p <= 12 || relative ? p : nil
            }
            if T[p].kind == .punct && T[p].text != "." && T[p].text != "-" { return nil }
            p -= 1
        }
        return nil
    }

    /// What ends at token `q`: a name (with names joined to it by "and"), an owner's spokesman
    /// or office ("Mr Cameron's office"), a pronoun or a role noun ("the minister").
    static func subjectEnding(at q: Int, _ T: [Token], _ M: [EntityMention]) -> SpeechAttribution.Speaker? {
        if let m = M.firstIndex(where: { $0.lastToken == q }) {
            // "the Archbishop of Canterbury said": the name is the object of "of", not the speaker.
            var before = M[m].firstToken - 1
            while before >= 0, ["the", "a", "an"].contains(T[before].lower) { before -= 1 }
            if before >= 0, prepositions.contains(T[before].lower) { return nil }
            if M[m].initial, M[m].hint == .none, ReactionCues.groupNouns.contains(M[m].surface.lowercased()) { return nil }
            return .names(coordinated(m, T, M))
        }
        let l = T[q].lower
        // "Lloyd's said": a firm named in the possessive.
        if T[q].isPossessive, let m = M.firstIndex(where: { $0.lastToken == q - 1 }) { return .names([m]) }
        // "David Bowie bumped into him and later said": the sentence's subject says it too.
        if l == "and", let m = M.firstIndex(where: { $0.firstToken == 0 }), M[m].lastToken + 1 < q,
           T[M[m].lastToken + 1].kind == .word, !T[M[m].lastToken + 1].isCapitalized, T[M[m].lastToken + 1].lower != "and" {
            return .names([m])
        }
        if q >= 2, T[q - 1].isPossessive, let owner = M.firstIndex(where: { $0.lastToken == q - 2 }),
           speakerNouns.contains(l) || ReactionCues.personRoles.contains(l) {
            return .names([owner])
        }
        if let g = ReactionCues.personPronouns[l] { return .pronoun(g) }
        if ReactionCues.thingPronouns.contains(l) { return .thing }
        guard hasDefiniteArticle(before: q, T) else { return nil }
        if ReactionCues.personRoles.contains(l) { return .personRole(l) }
        if ReactionCues.organizationRoles.contains(l) { return .organizationRole }
        return nil
    }

    /// Words that make the name after them an object ("of Canterbury", "to Washington").
    static let prepositions: Set<String> = ["of", "in", "at", "for", "from", "to", "with", "on", "against", "about", "into"]

    /// What may stand between a verb and the name after it: a comma, a possessive, an owner's
    /// word ("its", "the") or a role ("chief executive", "Deputy District Attorney"); not "a new
    /// book", which is the source instead.
    static func mayPrecedeName(_ t: Token) -> Bool {
        if t.kind == .punct { return t.text == "," || t.isPossessive }
        if t.isCapitalized { return true }
        return ["the", "its", "his", "her", "their"].contains(t.lower) || PersonWords.roleWords.contains(t.lower)
            || ReactionCues.personRoles.contains(t.lower) || ReactionCues.organizationRoles.contains(t.lower)
    }

    /// What speaks for an owner named before it ("BP's investigation", "Dr Murray's lawyers").
    static let speakerNouns: Set<String> = [
        "office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "statement", "investigation",
        "report", "attorney", "attorneys", "representative", "representatives", "aides", "aide",
    ]

    /// "the minister", "the oil giant": a role noun with "the" at most three words before it.
    static func hasDefiniteArticle(before q: Int, _ T: [Token]) -> Bool {
        for p in stride(from: q - 1, through: max(0, q - 3), by: -1) {
            if T[p].lower == "the" { return true }
            if T[p].kind != .word { return false }
        }
        return false
    }

    /// The mention `m` and any joined to it by "and" just before it ("Rubio and Lavrov").
    static func coordinated(_ m: Int, _ T: [Token], _ M: [EntityMention]) -> [Int] {
        var out = [m]
        let first = M[m].firstToken
        if first >= 2, T[first - 1].lower == "and", let other = M.firstIndex(where: { $0.lastToken == first - 2 }) {
            out.insert(other, at: 0)
        }
        return out
    }

    /// The first name within a few words after `from`, past role words ("said BP's chief
    /// executive Bob Dudley"); never a possessive owner, and not past the clause's end.
    static func nameAfter(_ from: Int, _ T: [Token], _ M: [EntityMention]) -> Int? {
        var p = from
        while p < T.count, p - from <= 8 {
            if let m = M.firstIndex(where: { $0.firstToken == p }) {
                let end = M[m].lastToken
                if end + 1 < T.count, T[end + 1].isPossessive { p = end + 2; continue }
                return m
            }
            guard mayPrecedeName(T[p]) else { return nil }
            p += 1
        }
        return nil
    }
}
