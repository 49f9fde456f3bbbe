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
    struct Shape: OptionSet {
        let rawValue: UInt16
        static let cap = Shape(rawValue: 1)
        static let allCaps = Shape(rawValue: 2)
        static let letter = Shape(rawValue: 4)
        static let number = Shape(rawValue: 8)
        static let initial = Shape(rawValue: 16)
        static let headline = Shape(rawValue: 32)
        static let lowerStart = Shape(rawValue: 64)
        static let dotted = Shape(rawValue: 128)
        /// Capitals and a plural "s" ("MPs", "CDs"): a common noun's plural, no name.
        static let pluralCaps = Shape(rawValue: 256)
    }

    /// Names typed with strong evidence across documents: the fallback for guesses.
    var memory: [String: NameType] = [:]
    /// The document reports sport (its headline or several words say so): towns name teams.
    var sports = false

    /// Per-token facts of one document, flattened over its sentences.
    struct DocumentTokens {
        /// Index of each sentence's first token; one more entry for the end.
        var offsets: [Int] = []
        var keys: [String] = []
        var classes: [NameClass] = []
        var shapes: [Shape] = []
        /// Each token's key number (`KeyNumbering`), and per number: written in lower case /
        /// capitalised where the capital means something.
        var ids: [Int] = []
        var lowerSeen: [Bool] = []
        var capSeen: [Bool] = []
        /// Sport words, the headline's counting three times.
        var sportWords = 0
    }

    /// Tags one document (sentences of tokens) and returns its name spans, in order.
    ///
    /// - Parameter wordIDs: optionally, per token, a number the caller already gave its lower-case
    ///   form (an article's `WordTable` number; negative for none). Tokens with one are looked up
    ///   by that number instead of by hashing their key again; the spans are the same.
    /// - Parameter wordNumber: with `wordIDs`, the caller's number of any lower-cased word it
    ///   numbered (nil for other strings). Every token whose key is such a word then shares that
    ///   word's entry, so the numbered words' keys are never hashed into the tagger's own table:
    ///   only the other tokens (numbers, "U.S.") are.
    /// - Parameter headings: optionally, per sentence, whether it is a heading written in Title
    ///   Case: its capitals are then as weak as an all-capitals headline's.
    mutating func tag(_ doc: [[String]], wordIDs: [[Int32]]? = nil, wordNumber: ((String) -> Int?)? = nil,
                      headings: [Bool]? = nil) -> [NameSpan] {
        let t = tokens(doc, wordIDs: wordIDs, wordNumber: wordNumber, headings: headings)
        sports = t.sportWords >= 3
        let cand = candidates(doc, t)
        var spans: [NameSpan] = []
        for (si, s) in doc.enumerated() {
            let base = t.offsets[si]
            var i = 0
            while i < s.count {
                guard cand[base + i] else { i += 1; continue }
                var j = i + 1
                while j < s.count {
                    if cand[base + j] { j += 1; continue }
                    if j + 1 < s.count, cand[base + j + 1], joins(base, i, j, t.keys, t.classes, t.shapes) { j += 2; continue }
                    break
                }
                split(si, base, i, j, base + s.count, t.keys, t.classes, t.shapes, into: &spans)
                i = j
            }
        }
        resolve(&spans, offsets: t.offsets, keys: t.keys, classes: t.classes, shapes: t.shapes,
                lowerSeen: { t.lowerSeen[t.ids[$0]] })
        return spans
    }

    /// Per-token keys, classes and shapes (with the headline and sentence-start bits), each
    /// distinct key numbered and looked up once.
    func tokens(_ doc: [[String]], wordIDs: [[Int32]]?, wordNumber: ((String) -> Int?)?,
                headings: [Bool]? = nil) -> DocumentTokens {
        var t = DocumentTokens()
        var total = 0
        for s in doc { t.offsets.append(total); total += s.count }
        t.offsets.append(total)
        t.keys.reserveCapacity(total)
        t.classes.reserveCapacity(total)
        t.shapes.reserveCapacity(total)
        t.ids.reserveCapacity(total)
        var numbering = KeyNumbering(capacity: total, wordNumber: wordNumber)
        var classOfID: [NameClass] = []
        for (si, s) in doc.enumerated() {
            let base = t.shapes.count
            var caps = 0, words = 0
            for (i, tok) in s.enumerated() {
                let (key, shape) = Self.keyAndShape(tok)
                t.keys.append(key)
                // A caller's number names the lower-cased token, which is the key unless
                // periods were dropped ("U.S." -> "us").
                let given = shape.contains(.dotted) ? -1 : Int(wordIDs?[si][i] ?? -1)
                let (id, isNew) = numbering.number(key: key, token: tok, given: given)
                if isNew {
                    classOfID.append(lexicon.classOf(key))
                    t.lowerSeen.append(false)
                    t.capSeen.append(false)
                }
                t.ids.append(id)
                let c = classOfID[id]
                t.classes.append(c)
                if c.contains(.sport) { t.sportWords += si == 0 ? 3 : 1 }
                var sh = shape
                if i == 0 || Self.opensSentence(s[i - 1]) { sh.insert(.initial) }
                t.shapes.append(sh)
                if sh.contains(.letter) && tok.utf8.count >= 2 {
                    words += 1
                    if sh.contains(.allCaps) { caps += 1 }
                }
            }
            let headline = headings?[si] == true || words > 0 && caps * 5 >= words * 3
            for k in base..<t.shapes.count {
                if headline { t.shapes[k].insert(.headline); continue }
                if t.shapes[k].contains(.lowerStart) { t.lowerSeen[t.ids[k]] = true }
                else if t.shapes[k].contains(.cap) && !t.shapes[k].contains(.initial) { t.capSeen[t.ids[k]] = true }
            }
        }
        return t
    }

    /// Which tokens may be part of a name: each on its own evidence, and multi-word gazetteer
    /// names even where a word alone is not one ("NEW YORK").
    func candidates(_ doc: [[String]], _ t: DocumentTokens) -> [Bool] {
        var cand = [Bool](repeating: false, count: t.keys.count)
        for k in cand.indices {
            cand[k] = isCandidate(k, t.keys, t.classes, t.shapes, lowerSeen: t.lowerSeen[t.ids[k]], capSeen: t.capSeen[t.ids[k]])
        }
        for (si, s) in doc.enumerated() {
            let base = t.offsets[si]
            for i in 0..<s.count where t.classes[base + i].contains(.phraseStart) && t.shapes[base + i].contains(.cap) {
                var phrase = t.keys[base + i]
                var j = i + 1
                while j < s.count && j - i < 5 {
                    phrase += " " + t.keys[base + j]
                    j += 1
                    if lexicon.phrases[phrase] != nil && t.shapes[base + j - 1].contains(.cap) {
                        for k in i..<j { cand[base + k] = true }
                    }
                }
            }
        }
        return cand
    }
}
