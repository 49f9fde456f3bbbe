/// Turns the name finder's spans in an article into mentions for participants.
///
/// Why this design: which words are names, and where a name starts and ends, is decided once,
/// by `NameTagger` (the component `tag --conll` scores); this type adds what a participant
/// needs around a name. Title phrases before or after a name are bound as roles ("Russian
/// Foreign Minister Sergey Lavrov", "Antony Blinken, the U.S. Secretary of State"), party names
/// inside them count for the party ("Labour MP"), acronyms defined in parentheses are paired
/// with their long form, a sentence-initial common word or honorific is stripped ("Mr
/// Lavrov"), and hyphenated pairs ("Lavrov-Blinken") count for each side. Headings are not
/// evidence: a name found in one is kept only when the article's body has it too.
struct EntityRecognizer {
    /// Does the article write the token's word in lower case elsewhere: a common-word signal.
    let writesLower: (Token) -> Bool

    /// - Parameter lowerSeen: lower-cased words the article uses in lower case (with counts).
    init(lowerSeen: [String: Int]) { writesLower = { lowerSeen[$0.lower] != nil } }

    /// Reads the article's lower-case uses from its numbered words: the tokens carry their
    /// numbers, so no word is hashed (the same answers as `init(lowerSeen:)` with the table's
    /// lower-case counts).
    init(table: WordTable) {
        let counts = table.lowerCount
        writesLower = { t in t.word >= 0 && Int(t.word) < counts.count && counts[Int(t.word)] > 0 }
    }

    static let connectors: Set<String> = ["of", "for", "and", "in", "on", "de", "du", "von", "van", "der", "al", "bin", "la", "del", "da"]

    /// - Parameter table: the article's `WordTable`, when the tokens carry its word numbers (the
    ///   tagger then hashes fewer words; the mentions are the same).
    func recognize(_ sentences: [Sentence], table: WordTable? = nil) -> (mentions: [EntityMention], pairs: [AcronymPair]) {
        let spans = Self.nameSpans(sentences, table: table)
        var runs: [[Range<Int>]] = sentences.map { _ in [] }
        for span in spans { runs[span.sentence].append(span.start..<span.end) }
        var mentions: [EntityMention] = []
        var pairs: [AcronymPair] = []
        let alone = Self.capitalizedAlone(sentences)
        for (si, s) in sentences.enumerated() where !s.isHeading {
            scan(s.tokens, runs: NameRuns.of(s.tokens, spans: runs[si]), sentence: si, heading: false, alone: alone,
                 into: &mentions, pairs: &pairs)
        }
        let confirmed = Set(mentions.map(\.surface))
        var headingMentions: [EntityMention] = []
        var ignored: [AcronymPair] = []
        for (si, s) in sentences.enumerated() where s.isHeading {
            scan(s.tokens, runs: NameRuns.of(s.tokens, spans: runs[si]), sentence: si, heading: true, alone: alone,
                 into: &headingMentions, pairs: &ignored)
        }
        for m in headingMentions where confirmed.contains(m.surface) || Places.place(forKey: NameKey.of(m.surface)) != nil {
            var m = m
            m.role = nil
            m.hint = .none
            mentions.append(m)
        }
        Self.addTaggerHints(spans, sentences, to: &mentions)
        return (mentions, pairs)
    }

    /// The article's names as the one name finder (`NameTagger`) reads them; headings are
    /// flagged so their Title Case capitals count as weak evidence.
    static func nameSpans(_ sentences: [Sentence], table: WordTable? = nil) -> [NameSpan] {
        var tagger = NameTagger()
        // The article's word numbers spare the tagger hashing each word again.
        return tagger.tag(sentences.map { $0.tokens.map(\.text) }, wordIDs: sentences.map { $0.tokens.map(\.word) },
                          wordNumber: table.map { t in { t.number(ifKnown: $0) } }, headings: sentences.map(\.isHeading))
    }

    /// Types the mentions with the name finder's types. Where the finder has list evidence for
    /// exactly the mention's words (a gazetteer, an organisation's head word, a given name) its
    /// type wins over the sentence's cues, so one component types names for `tag --conll` and
    /// participants alike; a role bound to the mention still makes it a person. Mentions the
    /// sentence left untyped also take the finder's context types (its document pass, "Yukos
    /// shares"); a person needs list evidence: "Microsoft said" is no person.
    static func addTaggerHints(_ spans: [NameSpan], _ sentences: [Sentence], to mentions: inout [EntityMention]) {
        var bySentence: [[NameSpan]] = sentences.map { _ in [] }
        for span in spans where span.strength >= .context { bySentence[span.sentence].append(span) }
        for i in mentions.indices {
            let m = mentions[i]
            guard let span = bySentence[m.sentence].first(where: { $0.start <= m.firstToken && m.firstToken < $0.end }),
                  let hint = hint(of: span) else { continue }
            let exact = span.start == m.firstToken && span.end == m.lastToken + 1
            if m.hint == .none || exact && span.strength >= .lexicon && m.role == nil { mentions[i].hint = hint }
        }
    }

    /// A confident span's type as a mention hint (a person only on list evidence).
    private static func hint(of span: NameSpan) -> EntityMention.Hint? {
        switch span.type {
        case .person: span.strength >= .lexicon ? .person : nil
        case .organization: .organization
        case .location: .place
        case .other: nil
        }
    }

    @inline(__always) static func isInitial(_ tokens: [Token], _ k: Int) -> Bool {
        if k == 0 { return true }
        let p = tokens[k - 1]
        guard p.kind == .punct else { return false }
        switch p.text {
        case ":", "-", "\u{2013}", "\u{2014}", "\u{2022}", "*", ";": return true
        case "\"", "\u{201C}", "'", "\u{2018}", "(":
            return k == 1 || isInitial(tokens, k - 1)
        default: return false
        }
    }

    /// Does the acronym spell the initials of the long form? ("OSCE" -> Organization for
    /// Security and Co-operation in Europe; not "US" -> "Andre Agassi".)
    static func acronymMatches(_ acronym: String, _ words: [String]) -> Bool {
        let letters = Array(acronym.filter { $0.isLetter }.uppercased())
        let initials = Array(words.compactMap { $0.first }.filter { $0.isUppercase })
        guard let first = letters.first, initials.first == first, letters.count >= 2 else { return false }
        var i = 0
        for c in initials where i < letters.count && c == letters[i] { i += 1 }
        return i == letters.count
    }

    static func isPlaceToken(_ t: Token) -> Bool {
        t.isCapitalized && Places.place(for: t) != nil
    }

    /// Roman numerals ("II") are never names on their own.
    static func isRomanNumeral(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0 == "I" || $0 == "V" || $0 == "X" }
    }

    static func isRoleToken(_ t: Token) -> Bool {
        PersonWords.roleWords.contains(t.lower) || Places.demonyms[t.lower] != nil
            || (t.isCapitalized && PoliticalParties.words.contains(t.lower))
            || (t.isCapitalized && Places.place(for: t)?.isCountry == true)
    }

    private func isCommon(_ t: Token) -> Bool {
        if PersonWords.firstNames.contains(t.lower) { return false }
        if Places.place(for: t) != nil { return false }
        if t.isAllCaps { return false }
        return t.isStop || writesLower(t)
    }

    /// Joins tokens as written: possessives attach to the word before.
    static func join(_ tokens: ArraySlice<Token>) -> String {
        var out = ""
        for t in tokens {
            if !out.isEmpty && !t.isPossessive { out += " " }
            out += t.text
        }
        return out
    }

    /// Capitalised words the article writes on their own (not inside a hyphenated word): the
    /// sides of "Lavrov-Blinken" are such words elsewhere, those of "Kilroy-Silk" are not.
    static func capitalizedAlone(_ sentences: [Sentence]) -> Set<String> {
        var out = Set<String>()
        for s in sentences {
            for t in s.tokens where t.kind == .word && t.isCapitalized && !t.text.utf8.contains(0x2D) { out.insert(t.lower) }
        }
        return out
    }

    /// Reads each run of the sentence (`NameRuns`): trimmed, split and bound to its role.
    private func scan(_ T: [Token], runs: [Range<Int>], sentence si: Int, heading: Bool, alone: Set<String>,
                      into mentions: inout [EntityMention], pairs: inout [AcronymPair]) {
        var consumed = [Bool](repeating: false, count: T.count)
        var pendingRole: (text: String, start: Int)? = nil
        var pendingParen: (acronym: String, start: Int)? = nil
        for run in runs where !consumed[run.lowerBound] {
            processRun(T, run.lowerBound, run.upperBound, sentence: si, heading: heading, alone: alone, consumed: &consumed,
                       pendingRole: &pendingRole, pendingParen: &pendingParen,
                       mentions: &mentions, pairs: &pairs)
        }
    }

    /// Per-sentence state carried from one run of capitalised words to the next.
    struct RunState {
        var consumed: [Bool]
        /// A bare role waiting for the name after its comma ("the Foreign Minister, Sergey Lavrov").
        var pendingRole: (text: String, start: Int)? = nil
        /// An acronym waiting for its long form in parentheses ("OSCE (Organization for ...)").
        var pendingParen: (acronym: String, start: Int)? = nil
        var mentions: [EntityMention] = []
        var pairs: [AcronymPair] = []
    }

    /// One run: trimmed, acronym definitions noted, split at hyphenated pairs, each part a mention.
    private func processRun(_ T: [Token], _ runStart: Int, _ runEnd: Int, sentence si: Int, heading: Bool,
                            alone: Set<String>, consumed: inout [Bool], pendingRole: inout (text: String, start: Int)?,
                            pendingParen: inout (acronym: String, start: Int)?,
                            mentions: inout [EntityMention], pairs: inout [AcronymPair]) {
        guard let (s, e, personHint) = trim(T, runStart, runEnd) else { return }
        var state = RunState(consumed: consumed, pendingRole: pendingRole, pendingParen: pendingParen, mentions: mentions, pairs: pairs)
        // The arrays now live in `state` alone, so appending does not copy them.
        (consumed, mentions, pairs) = ([], [], [])
        Self.noteAcronyms(T, s, e, &state)
        let initial = Self.isInitial(T, runStart) && s == runStart
        for seg in Self.segments(T, s, e, alone: alone) {
            if seg.pair {
                let key = NameKey.of(seg.parts[0])
                if Places.demonyms[key] != nil && Places.place(forKey: key) == nil { continue }
                state.mentions.append(EntityMention(surface: seg.parts[0], sentence: si, firstToken: seg.tokens.lowerBound,
                                                    lastToken: seg.tokens.upperBound - 1, initial: false,
                                                    hint: hint(for: [seg.parts[0]], T, seg.tokens, person: false),
                                                    role: nil, inHeading: heading))
            } else {
                segment(T, seg.tokens, runEnd: e, sentence: si, heading: heading, personHint: personHint,
                        initial: initial && seg.tokens.lowerBound == runStart, &state)
            }
        }
        (consumed, pendingRole, pendingParen, mentions, pairs) = (state.consumed, state.pendingRole, state.pendingParen, state.mentions, state.pairs)
    }

    /// Strips sentence-initial common words, function words and honorifics ("The OSCE", "Now",
    /// "Mr Lavrov") and trailing connectors; nil when nothing is left. `personHint`: an
    /// honorific was stripped.
    private func trim(_ T: [Token], _ runStart: Int, _ runEnd: Int) -> (Int, Int, personHint: Bool)? {
        var s = runStart, e = runEnd, personHint = false
        guard Places.place(forKey: NameKey.of(Self.join(T[s..<e]))) == nil else { return (s, e, false) }
        var atInitial = Self.isInitial(T, s)
        while s < e {
            let t = T[s]
            if t.isClosed && !t.isAllCaps { s += 1; atInitial = false; continue }
            if atInitial && isCommon(t) && !PersonWords.roleWords.contains(t.lower) && !PersonWords.honorifics.contains(t.lower) {
                s += 1; atInitial = false; continue
            }
            if PersonWords.honorifics.contains(t.lower) { s += 1; personHint = true; atInitial = false; continue }
            break
        }
        while e > s, Self.connectors.contains(T[e - 1].lower) || T[e - 1].lower == "the" { e -= 1 }
        // "Russia Relations" (from "U.S.-Russia Relations"): a place then common words.
        if e - s >= 2, Self.isPlaceToken(T[s]),
           T[(s + 1)..<e].allSatisfy({ writesLower($0) && !Organizations.keywords.contains($0.lower) }) {
            e = s + 1
        }
        return s < e ? (s, e, personHint) : nil
    }

    /// Parenthesised definitions: "Long Name (LN)" and "LN (Long Name)".
    static func noteAcronyms(_ T: [Token], _ s: Int, _ e: Int, _ state: inout RunState) {
        if let p = state.pendingParen, p.start == s, acronymMatches(p.acronym, T[s..<e].map(\.text)) {
            state.pairs.append(AcronymPair(acronym: p.acronym, expansion: join(T[s..<e])))
            state.pendingParen = nil
        }
        if e + 2 < T.count, T[e].text == "(", T[e + 1].isAllCaps, T[e + 2].text == ")", e - s >= 2,
           acronymMatches(T[e + 1].text, T[s..<e].map(\.text)) {
            state.pairs.append(AcronymPair(acronym: T[e + 1].text, expansion: join(T[s..<e])))
        } else if e - s == 1, T[s].isAllCaps, e + 1 < T.count, T[e].text == "(" {
            state.pendingParen = (T[s].text, e + 1)
        }
    }

    /// The run's parts: hyphenated name pairs ("Lavrov-Blinken") split into their sides when the
    /// article also names a side on its own; a double-barrelled name ("Kilroy-Silk") stays whole.
    static func segments(_ T: [Token], _ s: Int, _ e: Int, alone: Set<String>) -> [(parts: [String], tokens: Range<Int>, pair: Bool)] {
        var segments: [(parts: [String], tokens: Range<Int>, pair: Bool)] = []
        var current = s
        for k in s..<e {
            let t = T[k]
            guard t.text.utf8.contains(0x2D), !t.isAllCaps || t.text.count > 3 else { continue }
            let parts = t.text.split(separator: "-").map(String.init)
            let allNames = parts.count >= 2 && parts.allSatisfy { $0.first?.isUppercase == true && $0.count > 1 }
            let allRoles = parts.allSatisfy { PersonWords.roleWords.contains($0.lowercased()) }
            let sidesAlone = parts.contains { alone.contains($0.lowercased()) }
            guard allNames && !allRoles && sidesAlone else { continue }
            if current < k { segments.append((T[current..<k].map(\.text), current..<k, false)) }
            for part in parts { segments.append(([part], k..<(k + 1), true)) }
            current = k + 1
        }
        if current < e { segments.append((T[current..<e].map(\.text), current..<e, false)) }
        return segments
    }

    /// One part of a run: its role (a leading title phrase, a pending bare role, a trailing
    /// appositive) split off, then the name itself unless it is no name.
    private func segment(_ T: [Token], _ range: Range<Int>, runEnd e: Int, sentence si: Int, heading: Bool,
                         personHint: Bool, initial: Bool, _ state: inout RunState) {
        var a = range.lowerBound
        let b = range.upperBound
        var role: String? = nil
        if !heading {
            guard let (start, leading) = leadingRole(T, a, b, sentence: si, &state) else { return }
            (a, role) = (start, leading)
            if role == nil, let p = state.pendingRole, p.start == a { role = p.text }
            if role == nil, b == e { role = Self.trailingAppositive(T, b, &state.consumed) }
        }
        guard a < b, !Self.isNoName(T[a..<b]) else { return }
        if T[a..<b].allSatisfy({ PersonWords.roleWords.contains($0.lower) && !$0.isAllCaps || Self.isPartyToken($0) }) {
            // Bare role words left over ("Senator" alone); party names count for the party.
            Self.addParties(T, a..<b, sentence: si, heading: heading, into: &state.mentions)
            return
        }
        let h = hint(for: T[a..<b].map(\.text), T, a..<b, person: personHint || role != nil)
        state.mentions.append(EntityMention(surface: Self.join(T[a..<b]), sentence: si, firstToken: a, lastToken: b - 1,
                                            initial: initial && a == range.lowerBound, hint: h, role: role,
                                            inHeading: heading))
    }

    /// A leading title phrase ("U.S. Secretary of State Antony Blinken", "Labour MP Barry
    /// Sheerman"), possibly after its owner ("Louisiana Governor Bobby Jindal", "BP CEO Tony
    /// Hayward": the owner is a mention of its own). Returns where the name starts and the role;
    /// nil when the part is a bare role (kept pending for a name after a comma).
    private func leadingRole(_ T: [Token], _ a: Int, _ b: Int, sentence si: Int,
                             _ state: inout RunState) -> (Int, String?)? {
        let owner = Self.ownerBeforeTitle(T, a, b)
        var k = owner
        var core = false
        while k < b {
            let t = T[k]
            if Self.isRoleToken(t) { core = core || PersonWords.coreTitles.contains(t.lower); k += 1; continue }
            if (t.lower == "of" || t.lower == "the"), core, k + 1 < b, Self.isRoleToken(T[k + 1]) { k += 1; continue }
            break
        }
        var roleStart = a
        if a >= 2, T[a - 1].isPossessive, Self.isPlaceToken(T[a - 2]) { roleStart = a - 2 }
        // Ordinary words before a title ("End Quote President Barack Obama"): a page's label, no owner.
        let furniture = owner > a && T[a..<owner].allSatisfy(Self.isOrdinaryWord)
        if furniture { roleStart = owner }
        if core && k == b && owner == a {
            Self.addParties(T, a..<k, sentence: si, heading: false, into: &state.mentions)
            if b + 1 < T.count, T[b].text == "," { state.pendingRole = (Self.join(T[roleStart..<b]), b + 1) }
            return nil
        }
        guard core, k > owner, k < b, !T[k..<b].contains(where: { Organizations.keywords.contains($0.lower) }) else { return (a, nil) }
        if owner > a && !furniture {
            guard b - k >= 2, AliasMerger.isGivenName(T[k].text) else { return (a, nil) }
            state.mentions.append(EntityMention(surface: Self.join(T[a..<owner]), sentence: si, firstToken: a, lastToken: owner - 1,
                                                initial: false, hint: hint(for: T[a..<owner].map(\.text), T, a..<owner, person: false),
                                                role: nil, inHeading: false))
        }
        Self.addParties(T, owner..<k, sentence: si, heading: false, into: &state.mentions)
        return (k, Self.join(T[roleStart..<k]))
    }

    /// A capitalised ordinary English word ("End", "Quote"): no name, no place, no acronym.
    static func isOrdinaryWord(_ t: Token) -> Bool {
        guard !t.isAllCaps, Places.place(for: t) == nil, Places.demonyms[t.lower] == nil else { return false }
        let c = NameLexicon.shared.classOf(t.lower)
        return c.contains(.common) && c.isDisjoint(with: [.given, .proper, .orgHead, .orgAcronym, .country, .place])
    }

    /// Where a title phrase starts after an owner of one or two words that are no role words
    /// ("Louisiana" of "Louisiana Governor ..."); `a` when there is none.
    static func ownerBeforeTitle(_ T: [Token], _ a: Int, _ b: Int) -> Int {
        // An owner, a title and a name of two words at least.
        guard b - a >= 4, !isRoleToken(T[a]) else { return a }
        if isRoleToken(T[a + 1]) { return a + 1 }
        return isRoleToken(T[a + 2]) && b - a >= 5 ? a + 2 : a
    }

    /// A trailing appositive: "Sergey Lavrov, the Russian Foreign Minister," -- its tokens are
    /// consumed so the role is not read as a name.
    static func trailingAppositive(_ T: [Token], _ b: Int, _ consumed: inout [Bool]) -> String? {
        guard b + 1 < T.count, T[b].text == "," else { return nil }
        var k2 = b + 1
        if ["the", "a", "an"].contains(T[k2].lower) { k2 += 1 }
        let rs = k2
        var core2 = false
        while k2 < T.count {
            let t = T[k2]
            if t.kind == .word && (isRoleToken(t) || t.isPossessive || ((t.lower == "of" || t.lower == "the") && core2)) {
                core2 = core2 || PersonWords.coreTitles.contains(t.lower); k2 += 1; continue
            }
            break
        }
        guard core2, k2 > rs, k2 == T.count || T[k2].kind == .punct, T[rs..<k2].contains(where: { $0.isCapitalized }) else { return nil }
        var end = k2
        while end > rs, T[end - 1].lower == "of" || T[end - 1].lower == "the" { end -= 1 }
        for q in rs..<k2 { consumed[q] = true }
        return join(T[rs..<end])
    }

    /// A demonym ("Russian", "North Korean": an adjective, the country is its own participant),
    /// a lone letter, a Roman numeral, a common acronym or an abbreviation.
    static func isNoName(_ name: ArraySlice<Token>) -> Bool {
        if name.count > 1 {
            let key = NameKey.of(join(name))
            return Places.demonyms[key] != nil && Places.place(forKey: key) == nil
        }
        guard let t = name.first else { return false }
        if (Places.demonyms[t.lower] != nil || Places.regionAdjectives.contains(t.lower)) && Places.place(forKey: t.lower) == nil { return true }
        if t.text.count == 1 || isRomanNumeral(t.text) || Organizations.commonAcronyms.contains(t.text) { return true }
        return !t.isAllCaps && t.text.hasSuffix(".") && Tokenizer.abbreviations.contains(String(t.lower.dropLast()))
    }

    /// What the sentence says about the kind of name.
    private func hint(for parts: [String], _ T: [Token], _ range: Range<Int>, person: Bool) -> EntityMention.Hint {
        if person { return .person }
        let key = NameKey.of(parts.joined(separator: " "))
        if Places.place(forKey: key) != nil { return .place }
        let lowers = parts.map { $0.lowercased() }
        if PoliticalParties.party(forKey: key) != nil { return .organization }
        if lowers.count >= 3, lowers[1] == "of", NameWords.geographicOfHeads.contains(lowers[0]) { return .place }
        if lowers.contains(where: { Organizations.keywords.contains($0) }) { return .organization }
        if parts.count == 1, let f = parts.first, f.count >= 2, f.allSatisfy({ $0.isUppercase || $0 == "." || $0.isNumber }),
           !Organizations.commonAcronyms.contains(f) {
            return Organizations.placeAcronyms.contains(f.replacingAll(".", with: " ").filter { $0 != " " }) ? .place : .organization
        }
        if parts.count >= 2, PersonWords.firstNames.contains(lowers[0]) { return .person }
        let before = range.lowerBound - 1
        if before >= 0, parts.count <= 2 {
            let p = T[before].lower
            if p == "in" || p == "from" { return .place }
        }
        return .none
    }

    /// "Labour", "Tory", "Lib Dem" written as a word of the party's name (not "labour market").
    static func isPartyToken(_ t: Token) -> Bool {
        t.isCapitalized && PoliticalParties.words.contains(t.lower)
    }

    /// Counts the party names inside a title phrase or standing alone ("Labour MP", "Lib Dem
    /// leader", "the Tories"): each is a mention of the party, the rest stays a role.
    static func addParties(_ T: [Token], _ range: Range<Int>, sentence si: Int, heading: Bool,
                           into mentions: inout [EntityMention]) {
        var k = range.lowerBound
        while k < range.upperBound {
            guard isPartyToken(T[k]) else { k += 1; continue }
            var e = k + 1
            while e < range.upperBound, isPartyToken(T[e]) { e += 1 }
            let surface = join(T[k..<e])
            if PoliticalParties.party(forKey: NameKey.of(surface)) != nil {
                mentions.append(EntityMention(surface: surface, sentence: si, firstToken: k, lastToken: e - 1,
                                              initial: k == 0, hint: .organization, role: nil, inHeading: heading))
            }
            k = e
        }
    }
}
