#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds an article's key phrases.
///
/// Method (after RAKE and YAKE): stop words, punctuation, numbers, adverbs and past
/// participles (regular and irregular) delimit candidate runs; a few common adjectives may
/// open a run ("current account deficit") but never end a candidate; every 1-3 word stretch
/// of a run is a candidate, counted over the article, marked with whether the body (not just
/// the headline) uses it and whether the article uses any of its words as a verb. Ranking (at corpus level, once document frequencies are merged) rewards
/// frequency in the article, rarity in the corpus (IDF), an early first occurrence and the
/// title; single words and pure names are damped, because editors pick multi-word noun
/// phrases and the names are already listed as participants. A phrase that never occurs
/// outside a longer candidate yields to it, and chosen phrases may not overlap.
enum KeyphraseExtractor {
    static let maxWords = 3

    /// Words that never belong in a key phrase even though they are not function words.
    static let extraStops: Set<String> = Set("""
    thing things way ways lot kind kinds sort bit deal part parts time times fact case cases
    something anything everything nothing someone anyone everyone people folks guys stuff
    also just even still really much many various certain different whole able unable sure
    yes well right okay ok let lets let's said says say saying told tell telling according
    become became becomes seem seems seemed want wants wanted need needs needed use used using
    include includes including included mean means meant like likely unlikely possible
    would could should might must shall can may will going gone get gets getting got
    two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred
    hundreds thousand thousands million millions billion billions
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Irregular past forms: like "-ed" participles they close a phrase ("held | candid
    /// discussions"), never sit in one.
    static let irregularPast: Set<String> = Set("""
    held gave met won led left sent spent built began brought bought caught fought thought felt
    paid ran saw sold stood struck wrote chose drove fell rose grew knew threw went came sought
    taught meant heard lent dealt
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// A title or role word ("Minister", "Mr"): capitalised, it names a role, not a subject.
    @inline(__always) static func isRoleWord(_ lower: String) -> Bool {
        PersonWords.roleWords.contains(lower) || PersonWords.honorifics.contains(lower)
    }

    /// Can this token sit inside a key phrase, by its shape? A capitalised role word cannot
    /// either (`isRoleWord`); that test hashes the word, so `candidates` asks it once per
    /// distinct word, not per token.
    @inline(__always) static func isPhraseShape(_ t: Token) -> Bool {
        guard t.kind == .word, !t.isPossessive else { return false }
        let l = t.lower
        if t.isContentStop { return false }
        let u = l.utf8
        if u.count < 2 { return false }
        if u.count < 3 && !t.isAllCaps { return false }
        for b in u where b == 0x27 || b == 0xE2 { return false }   // apostrophes (', ’)
        if !t.isCapitalized {
            if u.count > 4 && (l.hasASCIISuffix("ly") || l.hasASCIISuffix("ed")) { return false }
        }
        return true
    }

    /// Common adjectives that may open or sit inside a phrase but never end one or stand
    /// alone: "current" in "current account deficit" (without it the phrase is cut to the
    /// truncated "account deficit"), while "current" alone says nothing.
    static let modifiers: Set<String> = Set("""
    current key major small low long short recent future potential significant important
    good bad best worst
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    @inline(__always) static func isModifier(_ t: Token) -> Bool {
        t.kind == .word && t.stopFlags == FunctionWords.commonBit && !t.isAllCaps && modifiers.contains(t.lower)
    }

    /// Words before which a word is used as a verb or a predicate ("they calls", "is real",
    /// "are talking"), and words after which it is used as a noun ("the calls").
    static let verbCuesBefore: Set<String> = Set("""
    he she it they we i you who will would can could should may might must not n't did does do
    is are was were be been being am we're they're you're i'm he's she's it's we’re they’re
    you’re i’m he’s she’s it’s isn't aren't wasn't weren't get gets getting got become became
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))
    static let nounCuesBefore: Set<String> = Set("""
    the a an this these those his her their its our my your
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))
    /// A determiner right after a word marks it as a verb taking an object ("calls the").
    static let verbCuesAfter: Set<String> = Set("""
    the a an his her their its our my
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Bits of `cueBits`.
    static let cueBefore: UInt8 = 1, nounBefore: UInt8 = 2, cueAfter: UInt8 = 4, pastBit: UInt8 = 8

    /// The four lists above in one table (a verb cue before wins over a noun cue): one lookup
    /// per distinct word instead of four.
    static let cueBits: [String: UInt8] = {
        var m: [String: UInt8] = [:]
        for w in verbCuesBefore { m[w, default: 0] |= cueBefore }
        for w in nounCuesBefore where !verbCuesBefore.contains(w) { m[w, default: 0] |= nounBefore }
        for w in verbCuesAfter { m[w, default: 0] |= cueAfter }
        for w in irregularPast where w.utf8.count <= 7 { m[w, default: 0] |= pastBit }
        return m
    }()

    /// No word longer than this (in UTF-8 bytes) is in `cueBits`: longer words skip the lookup.
    static let cueBitsMaxLength = cueBits.keys.map(\.utf8.count).max() ?? 0

    /// Per word number of the article: used more often as a verb or predicate than as a noun
    /// (after a determiner and heading its group: "the calls", not "the real world").
    ///
    /// The cue lists are looked up once per distinct word, not per token: the pass then costs
    /// array reads only.
    static func verbLike(_ sentences: [Sentence], table: WordTable) -> [Bool] {
        let n = table.words.count
        var cue = [UInt8](repeating: 0, count: n)
        for (i, w) in table.words.enumerated() where w.utf8.count <= cueBitsMaxLength {
            cue[i] = cueBits[w] ?? 0
        }
        var verb = [Int32](repeating: 0, count: n)
        var noun = [Int32](repeating: 0, count: n)
        for s in sentences where !s.isTitle && !s.isHeading {
            let T = s.tokens
            for q in T.indices where T[q].kind == .word && T[q].word >= 0 && !T[q].isCapitalized && T[q].stopFlags == 0 {
                let w = Int(T[q].word)
                if q > 0, T[q - 1].kind == .word, T[q - 1].word >= 0 {
                    let before = cue[Int(T[q - 1].word)]
                    if before & cueBefore != 0 { verb[w] += 1 } else if before & nounBefore != 0 {
                        let heads = q + 1 == T.count || T[q + 1].kind != .word || T[q + 1].stopFlags != 0 || T[q + 1].isCapitalized
                        if heads { noun[w] += 1 }
                    }
                }
                if q + 1 < T.count, T[q + 1].kind == .word, T[q + 1].word >= 0, cue[Int(T[q + 1].word)] & cueAfter != 0 { verb[w] += 1 }
            }
        }
        var out = zip(verb, noun).map { $0 > $1 }
        // An irregular past form is a verb wherever it stands.
        for i in out.indices where cue[i] & pastBit != 0 { out[i] = true }
        return out
    }

    /// Candidates of one article.
    ///
    /// Words are numbered once per article (stems and written forms), and an n-gram is a
    /// packed integer of its word numbers, so counting candidates hashes integers, not strings.
    static func candidates(_ sentences: [Sentence], table: WordTable) -> [PhraseCandidate] {
        let stemText = table.stems
        // Written forms: word number * 2, +1 when capitals are kept (an array by form number,
        // not a dictionary: every phrase word is looked up).
        var formText = [String?](repeating: nil, count: table.words.count * 2)
        @inline(__always) func formID(_ t: Token, keep: Bool) -> Int {
            let id = Int(t.word) * 2 + (keep ? 1 : 0)
            if formText[id] == nil { formText[id] = keep ? t.text : t.lower }
            return id
        }
        @inline(__always) func pack(_ ids: ArraySlice<Int>) -> UInt64 {
            var key: UInt64 = 0
            for id in ids { key = (key << 21) | UInt64(id + 1) }
            return key
        }
        var index: [UInt64: Int] = [:]
        index.reserveCapacity(table.words.count * 2)
        var out: [PhraseCandidate] = []
        var ids: [[Int]] = []
        var forms: [[(UInt64, Int)]] = []
        var formIDs: [UInt64: [Int]] = [:]
        let verbish = verbLike(sentences, table: table)
        // Per word number: 0 not yet asked, 1 not a role word, 2 a role word (asked only of
        // capitalised words, once each: `isPhraseWord` without hashing every token).
        var role = [UInt8](repeating: 0, count: table.words.count)
        @inline(__always) func isRole(_ t: Token) -> Bool {
            let w = Int(t.word)
            guard w >= 0 && w < role.count else { return isRoleWord(t.lower) }
            if role[w] == 0 { role[w] = isRoleWord(t.lower) ? 2 : 1 }
            return role[w] == 2
        }
        // A phrase word here: not an irregular past form written in lower case ("held").
        @inline(__always) func fits(_ t: Token) -> Bool {
            (isPhraseShape(t) && !(t.isCapitalized && isRole(t))
             && (t.isCapitalized || !verbish[Int(t.word)] || !irregularPast.contains(t.lower))) || isModifier(t)
        }
        // One run's words; reused across runs, so a run allocates nothing.
        var shown: [Int] = []
        var stems: [Int] = []
        var names: [Bool] = []
        var opens: [Bool] = []
        var verbs: [Bool] = []
        for (si, s) in sentences.enumerated() {
            let T = s.tokens
            var k = 0
            while k < T.count {
                guard fits(T[k]) else { k += 1; continue }
                // A run ends where a name follows a common word ("candid discussions | Sergey
                // Lavrov"): names may lead a phrase ("OSCE meeting") but not trail one.
                @inline(__always) func isProperName(_ t: Token) -> Bool {
                    t.isAllCaps || (t.isCapitalized && !t.isStop && !table.seenLower(t))
                }
                var e = k + 1
                while e < T.count, fits(T[e]), !(isProperName(T[e]) && !isProperName(T[e - 1])) { e += 1 }
                shown.removeAll(keepingCapacity: true)
                stems.removeAll(keepingCapacity: true)
                names.removeAll(keepingCapacity: true)
                opens.removeAll(keepingCapacity: true)
                verbs.removeAll(keepingCapacity: true)
                for q in k..<e {
                    let t = T[q]
                    let initial = s.isHeading || EntityRecognizer.isInitial(T, q)
                    // Written as in running text: capitals kept mid-sentence, dropped where
                    // they only mark a sentence start or a heading (unless it is a name).
                    let keep = t.isAllCaps || (t.isCapitalized && (!initial || !table.seenLower(t)))
                    shown.append(formID(t, keep: keep))
                    stems.append(table.stem(of: t))
                    names.append(keep)
                    opens.append(isModifier(t))
                    verbs.append(!keep && verbish[Int(t.word)])
                }
                let runLength = e - k
                for a in 0..<runLength {
                    var isName = true
                    var noun = true
                    for len in 1...min(maxWords, runLength - a) {
                        let w = a + len - 1
                        isName = isName && names[w]
                        noun = noun && !verbs[w]
                        if opens[w] { continue }         // "current" opens a phrase, never ends one
                        let key = pack(stems[a...w])
                        let display = pack(shown[a...w])
                        if let i = index[key] {
                            out[i].count += 1
                            out[i].inTitle = out[i].inTitle || s.isTitle
                            out[i].isName = out[i].isName && isName
                            out[i].inBody = out[i].inBody || !s.isTitle
                            if let f = forms[i].firstIndex(where: { $0.0 == display }) { forms[i][f].1 += 1 }
                            else { forms[i].append((display, 1)); formIDs[display] = Array(shown[a...w]) }
                        } else {
                            index[key] = out.count
                            let words = stems[a...w].map { stemText[$0] }
                            out.append(PhraseCandidate(key: spaced(words), words: words,
                                                       display: a == w ? formText[shown[a]]! : spaced(shown[a...w].map { formText[$0]! }),
                                                       count: 1, firstSentence: si, inTitle: s.isTitle, isName: isName,
                                                       subsumed: false, inBody: !s.isTitle, isNounPhrase: noun))
                            ids.append(Array(stems[a...w]))
                            forms.append([(display, 1)])
                        }
                    }
                }
                k = e
            }
        }
        // The most frequent written form; a phrase never seen outside one longer candidate
        // (as often as that one) yields to it.
        var bestContaining = [Int](repeating: 0, count: out.count)
        for (c, words) in zip(out, ids) where words.count >= 2 {
            for len in 1..<words.count {
                for a in 0...(words.count - len) {
                    if let i = index[pack(words[a..<(a + len)])] { bestContaining[i] = max(bestContaining[i], c.count) }
                }
            }
        }
        for i in out.indices {
            if forms[i].count > 1 {
                let text = { (key: UInt64) -> String in formIDs[key].map { $0.map { formText[$0]! }.joined(separator: " ") } ?? out[i].display }
                let named = forms[i].map { (text($0.0), $0.1) }
                out[i].display = named.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }!.0
            }
            out[i].subsumed = bestContaining[i] >= out[i].count
        }
        return out
    }

    /// The words joined by spaces; a single word as it is (most candidates are one word, and
    /// `joined` builds a new string even then).
    @inline(__always) static func spaced(_ words: [String]) -> String {
        words.count == 1 ? words[0] : words.joined(separator: " ")
    }

    /// Single words that are probably adjectives or verb forms: weak key phrases on their own.
    static func isWeakSingle(_ w: String) -> Bool {
        for suffix in weakEndings where w.hasASCIISuffix(suffix) { return true }
        return false
    }

    static let weakEndings: [StaticString] = ["al", "ic", "ous", "ive", "able", "ible", "ful", "less", "ing", "ent", "ant",
                                               "ary", "ish", "ed", "ly"]

    /// Words that end like adjectives: a phrase ending in one ("address complex bilateral",
    /// "finding common") is no noun phrase. Nouns such as "proposal" pay a small price.
    static func isAdjectival(_ w: String) -> Bool {
        if commonAdjectives.contains(w) { return true }
        guard w.utf8.count >= 6 else { return false }
        for suffix in adjectivalEndings where w.hasASCIISuffix(suffix) { return true }
        return false
    }

    static let adjectivalEndings: [StaticString] = ["al", "ic", "ive", "able", "ible", "ous", "ful", "less", "ish"]

    static let commonAdjectives: Set<String> = Set("""
    common frank key major minor big small high low good bad new old open clear strong weak
    accountable responsible able likely possible crucial vital similar different
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// The article's candidates by score, best first (overlapping phrases included): the
    /// multi-word phrases the topics are pooled from. An article's own key phrases, words
    /// included, are ranked by `KeyphraseRanker`.
    static func rank(_ candidates: [PhraseCandidate], documentFrequency: [String: Int], documents: Int,
                     termCounts: [String: Int] = [:], limit: Int = 40) -> [PhraseCandidate] {
        guard !candidates.isEmpty else { return [] }
        let n = Double(documents)
        var scored: [(PhraseCandidate, Double)] = []
        scored.reserveCapacity(candidates.count)
        // Each stem's two terms, worked out once: a word is in several candidates, and the
        // corpus tables are large (one small lookup instead of two large ones).
        var terms: [String: (idf: Double, weight: Double)] = [:]
        terms.reserveCapacity(candidates.count)
        for c in candidates {
            if c.words.count == 1 && (c.count < 2 || isWeakSingle(c.words[0])) { continue }
            var idf = 0.0
            // RAKE's insight: a phrase made of words the article keeps using matters more.
            var wordWeight = 0.0
            for w in c.words {
                let t: (idf: Double, weight: Double)
                if let known = terms[w] { t = known } else {
                    let df = Double(documentFrequency[w] ?? 1)
                    t = (1 + log((n + 1) / (df + 0.5)), log(1 + Double(termCounts[w] ?? 1)))
                    terms[w] = t
                }
                idf += t.idf
                wordWeight += t.weight
            }
            idf /= Double(c.words.count)
            wordWeight = 1 + wordWeight / Double(c.words.count)
            let tf = 1 + log(Double(c.count))
            let position = 1 + 1 / (1 + Double(c.firstSentence)).squareRoot()
            let title = c.inTitle ? 1.3 : 1
            let length: Double
            switch c.words.count {
            case 1: length = 0.35
            case 2: length = 1.0
            case 3: length = 1.05
            default: length = 0.8
            }
            let name = c.isName ? 0.35 : 1
            let shape = c.words.count >= 2 && !c.isName && isAdjectival(c.words[c.words.count - 1]) ? 0.5 : 1
            scored.append((c, tf * wordWeight * idf * position * title * length * name * shape))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.key < $1.0.key }
        return scored.prefix(limit).map(\.0)
    }

    /// Key phrases from a ranked list: no phrase that yields to a longer one, no overlaps.
    static func select(_ ranked: [PhraseCandidate], limit: Int) -> [PhraseCandidate] {
        var chosen: [PhraseCandidate] = []
        for c in ranked where !c.subsumed {
            if chosen.count >= limit { break }
            if !chosen.contains(where: { overlap($0.words, c.words) }) { chosen.append(c) }
        }
        return chosen
    }

    /// One word list contained in the other, as a contiguous stretch.
    static func overlap(_ a: [String], _ b: [String]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count == long.count { return short == long }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
            return true
        }
        return false
    }
}
