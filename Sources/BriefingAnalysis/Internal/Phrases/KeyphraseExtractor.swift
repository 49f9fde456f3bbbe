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
    /// either (`isRoleWord`). The rule as written; `candidates` applies it with what is read
    /// from a word's text worked out once per word (`PhraseWordTraits`), not per token.
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

    /// A modifier token (the rule as written; `candidates` asks `PhraseWordTraits`).
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

    /// `cueBits`' words for a byte-table probe first: most words are none, and the probe turns
    /// them away instead of a string hash (`ByteKeyTable.mayContain`).
    static let cueWords = ByteKeyTable(cueBits)

    /// Per word number of the article: used more often as a verb or predicate than as a noun
    /// (after a determiner and heading its group: "the calls", not "the real world").
    ///
    /// The cue lists are looked up once per distinct word, not per token: the pass then costs
    /// array reads only.
    static func verbLike(_ sentences: [Sentence], table: WordTable) -> [Bool] {
        let n = table.words.count
        var cue = [UInt8](repeating: 0, count: n)
        for (i, w) in table.words.enumerated() where w.utf8.count <= cueBitsMaxLength {
            cue[i] = cueWords.mayContain(w) ? cueBits[w] ?? 0 : 0
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

    /// Candidates of one article, by number (`ArticleCandidates`).
    ///
    /// Words are numbered once per article (stems and written forms), and an n-gram is a
    /// packed integer of its word numbers (`PhraseKey`), so counting candidates hashes integers,
    /// not strings, and no string is built until a candidate is kept.
    static func candidates(_ sentences: [Sentence], table: WordTable) -> ArticleCandidates {
        var out = ArticleCandidates(stems: table.stems, words: table.words.count)
        let verbish = verbLike(sentences, table: table)
        var traits = PhraseWordTraits(table)
        // A run ends where a name follows a common word ("candid discussions | Sergey Lavrov"):
        // names may lead a phrase ("OSCE meeting") but not trail one.
        @inline(__always) func isProperName(_ T: [Token], _ q: Int) -> Bool {
            T[q].isAllCaps || (T[q].isCapitalized && !T[q].isStop && !table.seenLower(T[q]))
        }
        var run = RunWords()
        for (si, s) in sentences.enumerated() {
            let T = s.tokens
            var k = 0
            while k < T.count {
                guard traits.fits(T, k, verbish: verbish) else { k += 1; continue }
                var e = k + 1
                while e < T.count, traits.fits(T, e, verbish: verbish), !(isProperName(T, e) && !isProperName(T, e - 1)) { e += 1 }
                run.read(s, k..<e, table: table, verbish: verbish, traits: &traits, into: &out)
                noteStretches(of: run, sentence: si, inTitle: s.isTitle, into: &out)
                k = e
            }
        }
        out.markSubsumed()
        return out
    }

    /// Notes every 1-3 word stretch of a run as a use of its candidate. A stretch's keys are
    /// its predecessor's (one word shorter) with a word appended.
    private static func noteStretches(of run: RunWords, sentence: Int, inTitle: Bool, into out: inout ArticleCandidates) {
        let words = run.words
        for a in words.indices {
            var isName = true
            var noun = true
            var key: UInt64 = 0
            var form: UInt64 = 0
            for w in a..<min(a + maxWords, words.count) {
                isName = isName && words[w].isName
                noun = noun && !words[w].isVerb
                key = PhraseKey.appending(key, words[w].stem)
                form = PhraseKey.appending(form, words[w].shown)
                if words[w].opens { continue }         // "current" opens a phrase, never ends one
                out.note(key, length: w - a + 1, form: form,
                         .init(sentence: sentence, inTitle: inTitle, isName: isName, isNounPhrase: noun))
            }
        }
    }

    /// One run's words: their written-form and stem numbers and what each says of a phrase.
    /// Reused across runs, so a run allocates nothing.
    struct RunWords {
        struct Word {
            /// Written-form number (`CandidateForms`).
            var shown: Int
            var stem: Int
            /// Written with its capitals kept: a name.
            var isName: Bool
            /// A modifier: opens a phrase, never ends one.
            var opens: Bool
            /// Written in lower case and used as a verb in the article.
            var isVerb: Bool
        }

        private(set) var words: [Word] = []

        /// Reads the tokens `range` of `s`, numbering their written forms in `candidates`.
        mutating func read(_ s: Sentence, _ range: Range<Int>, table: WordTable, verbish: [Bool],
                           traits: inout PhraseWordTraits, into candidates: inout ArticleCandidates) {
            words.removeAll(keepingCapacity: true)
            let T = s.tokens
            for q in range {
                // Written as in running text: capitals kept mid-sentence, dropped where they
                // only mark a sentence start or a heading (unless it is a name). Whether it
                // starts one is asked only of a capitalised word.
                let keep = T[q].isAllCaps || (T[q].isCapitalized
                    && (!table.seenLower(T[q]) || !(s.isHeading || EntityRecognizer.isInitial(T, q))))
                words.append(Word(shown: candidates.form(T, q, keep: keep), stem: table.stem(of: T[q]), isName: keep,
                                  opens: traits.isModifier(T[q]), isVerb: !keep && verbish[Int(T[q].word)]))
            }
        }
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
        let numbered = ArticleCandidates(candidates)
        let stems = StemStatistics(numbered.stems, documentFrequency: documentFrequency, termCounts: termCounts)
        return rank(numbered, stems: stems, documents: documents, limit: limit).map { candidates[$0] }
    }

    /// `rank` by number: the best `limit` candidates of an article, as indices into `items`.
    static func rank(_ candidates: ArticleCandidates, stems: StemStatistics, documents: Int,
                     limit: Int) -> [Int] {
        let n = Double(documents)
        var scored: [(index: Int32, score: Double)] = []
        scored.reserveCapacity(candidates.items.count)
        // Each stem's two terms, worked out once: a word is in several candidates.
        var terms = [(idf: Double, weight: Double)?](repeating: nil, count: candidates.stems.count)
        var adjectival = [UInt8](repeating: 0, count: candidates.stems.count)
        for (i, c) in candidates.items.enumerated() {
            if c.wordCount == 1 && (c.count < 2 || isWeakSingle(candidates.stems[c.stem(0)])) { continue }
            var idf = 0.0
            // RAKE's insight: a phrase made of words the article keeps using matters more.
            var wordWeight = 0.0
            for j in 0..<c.wordCount {
                let s = c.stem(j)
                let t: (idf: Double, weight: Double)
                if let known = terms[s] { t = known } else {
                    t = (1 + log((n + 1) / (Double(stems.documentFrequency[s]) + 0.5)), log(1 + Double(stems.termCount[s])))
                    terms[s] = t
                }
                idf += t.idf
                wordWeight += t.weight
            }
            idf /= Double(c.wordCount)
            wordWeight = 1 + wordWeight / Double(c.wordCount)
            let shape = c.wordCount >= 2 && !c.isName && isAdjectival(c.lastStem, candidates.stems, &adjectival) ? 0.5 : 1
            scored.append((Int32(i), score(c, idf: idf, wordWeight: wordWeight) * shape))
        }
        return CandidateOrder.best(scored, limit: limit, key: candidates.key)
    }

    /// A candidate's score from its words' mean IDF and weight, before its shape.
    @inline(__always) private static func score(_ c: NumberedCandidate, idf: Double, wordWeight: Double) -> Double {
        let tf = 1 + log(Double(c.count))
        let position = 1 + 1 / (1 + Double(c.firstSentence)).squareRoot()
        let title = c.inTitle ? 1.3 : 1
        let length: Double
        switch c.wordCount {
        case 1: length = 0.35
        case 2: length = 1.0
        case 3: length = 1.05
        default: length = 0.8
        }
        let name = c.isName ? 0.35 : 1
        return tf * wordWeight * idf * position * title * length * name
    }

    /// `isAdjectival` of a stem, asked once per stem (`known`: 0 not yet asked, 1 no, 2 yes).
    @inline(__always) static func isAdjectival(_ stem: Int, _ stems: [String], _ known: inout [UInt8]) -> Bool {
        if known[stem] == 0 { known[stem] = isAdjectival(stems[stem]) ? 2 : 1 }
        return known[stem] == 2
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
