import BriefingSupport
/// The one-line label of a key date: the most typical of the sentences that name it, made
/// readable.
///
/// Why the most typical: the sentences naming a day tell the same event in different words; the
/// one sharing most words with the others is the event itself rather than an aside, and one of
/// moderate length reads as a line, not a paragraph. Then, because a label is read alone and
/// should say what happened: a sentence written after the day (it recalls the day as an event)
/// counts more than the day's own running report; one that leans on its context ("He is due to
/// visit...", "Meanwhile, ...") or only expects something ("will", "could") counts less, as does
/// one off the corpus's subject (`Topicality`: a page's sidebar); and a fragment (a heading, a
/// map caption, a piece of a sentence split at a stray full stop) is used only when nothing else
/// names the day. When every line naming a day is off the subject, the leading sentence of an
/// article published that day (`Candidate.lead`) can stand in.
///
/// Measured against the journalists' own lines for the same days (ROUGE-1 F, Timeline17 dev),
/// these choices, with the text restored from its tokenised form and a chronology line's own
/// date dropped, took the labels from 0.173 to 0.207 on bpoil_bbc, from 0.169 to 0.200 on MJ_bbc
/// without its chronology article, and from 0.413 to 0.505 on the whole of MJ_bbc.
enum TimelineLabel {
    static let maxLength = 140
    static let candidates = 16

    /// A sentence naming the day, and whether its article came out after the day; or the
    /// leading sentence of an article published on the day (`lead`), which tells the day's
    /// news without naming the day.
    struct Candidate {
        var text: String
        var recalled = false
        var lead = false
    }

    /// A lead counts for less than a sentence that names the day: it is the fallback for a
    /// day whose naming lines are off the subject.
    static let leadFactor = 0.5

    static let recalledBonus = 1.5
    static let leaningFactor = 0.7
    static let speculativeFactor = 0.8

    /// Words of a sentence that expects or supposes rather than reports ("may" only in lower
    /// case, so the month is not one).
    static let speculative: Set<String> = ["will", "would", "could", "may", "might", "should", "shall", "expected", "due",
                                           "hopes", "plans"]

    static func pick(_ sentences: [String]) -> String? {
        var stems: [String: String] = [:]
        return pick(sentences.map { Candidate(text: $0) }, stems: &stems)
    }

    /// - Parameters:
    ///   - topicality: how much a line is about the corpus's own subject; off-topic lines (a
    ///     page's sidebar) count less, by the square root of their topicality.
    ///   - stems: a cache of word stems, shared across the calls for one corpus.
    static func pick(_ candidates: [Candidate], topicality: Topicality? = nil, stems: inout [String: String]) -> String? {
        // Whole sentences first; fragments only when a day has nothing else.
        var seen = Set<String>()
        var pool: [Candidate] = []
        var fragments: [Candidate] = []
        for c in candidates where !c.text.isEmpty && seen.insert(c.text).inserted {
            if isWhole(c.text) {
                pool.append(c)
                if pool.count == Self.candidates { break }
            } else if fragments.count < Self.candidates {
                fragments.append(c)
            }
        }
        if pool.isEmpty { pool = fragments }
        guard !pool.isEmpty else { return nil }
        let tokens = pool.map { Tokenizer.tokenize($0.text) }
        let words = tokens.map { t in
            Set(t.filter { $0.kind == .word && $0.lower.utf8.count > 3 && !FunctionWords.isStop($0.lower) }.map(\.lower))
        }
        // Each pair's word overlap (Jaccard), counted once for both and without building sets.
        var shares = [Double](repeating: 0, count: pool.count)
        for i in pool.indices {
            for j in (i + 1)..<pool.count {
                let (small, large) = words[i].count <= words[j].count ? (words[i], words[j]) : (words[j], words[i])
                var common = 0
                for w in small where large.contains(w) { common += 1 }
                guard common > 0 else { continue }
                let jaccard = Double(common) / Double(max(words[i].count + words[j].count - common, 1))
                shares[i] += jaccard
                shares[j] += jaccard
            }
        }
        var scores: [Double] = []
        for i in pool.indices {
            let n = pool[i].text.count
            // Lines of 50 to 140 characters read best; shorter ones lose context, longer get cut.
            let lengthFit = n < 50 ? Double(n) / 50 : n > maxLength ? Double(maxLength) / Double(n) : 1
            var score = (shares[i] + 0.5) * lengthFit
            if pool[i].recalled { score *= recalledBonus }
            if pool[i].lead { score *= leadFactor }
            scores.append(score)
        }
        // The remaining factors only lower a score, so lines are weighed best first and the
        // search stops at the first that could no longer win: most days read a line or two.
        var best = 0
        var bestScore = -Double.infinity
        for i in pool.indices.sorted(by: { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }) {
            guard scores[i] > bestScore else { break }
            var score = scores[i]
            if StandAlone.leansOnContext(tokens[i]) || addressesReader(tokens[i]) { score *= leaningFactor }
            if tokens[i].contains(where: { $0.kind == .word && !$0.isCapitalized && speculative.contains($0.lower) }) {
                score *= speculativeFactor
            }
            if let topicality, score > bestScore { score *= topicality.score(words[i], stems: &stems).squareRoot() }
            if score > bestScore { bestScore = score; best = i }
        }
        // Only the chosen line is made readable: cleaning is the dearest step here.
        return trim(clean(withoutLeadingDate(pool[best].text, tokens: tokens[best])))
    }

    /// A chronology's line without the date it opens with ("2 June: BP starts the next
    /// procedure" -> "BP starts the next procedure"): the timeline shows the date beside it.
    static func withoutLeadingDate(_ text: String, tokens: [Token]) -> String {
        var k = DateExtractor.bulletLength(tokens)
        let start = k
        func isMonth(_ i: Int) -> Bool { i < tokens.count && CalendarWords.months[tokens[i].lower] != nil && tokens[i].isCapitalized }
        func isDay(_ i: Int) -> Bool { i < tokens.count && DateExtractor.dayRange(tokens[i]) != nil }
        if k < tokens.count, DateExtractor.iso(tokens[k].text) != nil {
            k += 1
        } else if isDay(k) && isMonth(k + 1) {
            k += 2
        } else if isMonth(k) && isDay(k + 1) {
            k += 2
            if k + 1 < tokens.count, tokens[k].text == ",", DateExtractor.yearNumber(tokens[k + 1]) != nil { k += 1 }
        } else {
            return text
        }
        if k < tokens.count, DateExtractor.yearNumber(tokens[k]) != nil { k += 1 }
        if k < tokens.count, [":", "-", "\u{2013}", "\u{2014}", ","].contains(tokens[k].text) { k += 1 }
        // Keep the date when nothing, or only a fragment, would be left.
        guard k > start, k < tokens.count, tokens[k].kind != .punct,
              tokens[k...].lazy.filter({ $0.kind == .word }).count >= 3 else { return text }
        let utf8 = text.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: tokens[k].start)...], as: UTF8.self)
    }

    /// "You can follow the hearing...", "We weren't expecting...": a page speaking to its
    /// reader or for its writers, not a report of the day.
    static func addressesReader(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first(where: { $0.kind == .word }) else { return false }
        return ["you", "your", "we", "our", "i"].contains(first.lower)
    }

    /// Reads as a whole sentence: it opens with a capital, a digit or a quote, its brackets
    /// close, and it ends as a statement does. A piece cut out of a sentence by a stray full stop
    /// ("5 million gallons) per day on 15 June."), a caption or a question fails.
    static func isWhole(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first(where: { $0 != 0x20 }) else { return false }
        // A capital, a digit, a quote, a bracket, a dash, or any non-ASCII letter or quote.
        let opens = (0x41...0x5A).contains(first) || (0x30...0x39).contains(first) || first >= 0x80
            || [0x22, 0x27, 0x60, 0x28, 0x2D].contains(first)
        guard opens else { return false }
        var depth = 0
        var i = bytes.startIndex
        while i != bytes.endIndex {
            switch bytes[i] {
            case 0x28: depth += 1
            case 0x29: depth -= 1
            case 0x2D:   // "-LRB-", "-RRB-"
                let next = bytes.index(after: i)
                if bytes[next...].starts(with: "LRB-".utf8) { depth += 1 } else if bytes[next...].starts(with: "RRB-".utf8) { depth -= 1 }
            default: break
            }
            i = bytes.index(after: i)
        }
        return depth == 0 && isFinished(text)
    }

    /// Ends as a statement does: with . or ! or an ellipsis, perhaps before closing quotes and
    /// brackets (plain or tokenised: `''`, `-RRB-`). A question asks; a label should tell.
    static func isFinished(_ text: String) -> Bool {
        var rest = text.utf8[...]
        func endsWith(_ suffix: String) -> Bool { rest.reversed().starts(with: suffix.utf8.reversed()) }
        while true {
            while rest.last == 0x20 || rest.last == 0x0A { rest.removeLast() }
            if endsWith("-RRB-") || endsWith("-RSB-") { rest.removeLast(5); continue }
            if let last = rest.last, [0x22, 0x27, 0x29, 0x5D, 0x60].contains(last) { rest.removeLast(); continue }
            if endsWith("\u{201D}") || endsWith("\u{2019}") { rest.removeLast(3); continue }
            break
        }
        return rest.last == 0x2E || rest.last == 0x21 || endsWith("\u{2026}")
    }

    /// Undoes the spacing of tokenised text ("Jackson 's death , officials say ." ->
    /// "Jackson's death, officials say."), for models made from text the sources did not restore.
    static func clean(_ text: String) -> String { TreebankText.detokenise(text) }

    /// Cuts a long line at a word boundary and marks the cut.
    static func trim(_ text: String, limit: Int = maxLength) -> String { text.cutAtWord(limit) }
}
