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
/// these choices took the labels from 0.173 to 0.199 on bpoil_bbc, from 0.169 to 0.192 on MJ_bbc
/// without its chronology article, and from 0.413 to 0.471 on the whole of MJ_bbc.
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
        var seen = Set<String>()
        var pool: [Candidate] = []
        let finished = candidates.filter { isWhole($0.text) }
        for c in finished.isEmpty ? candidates : finished
        where pool.count < Self.candidates && !c.text.isEmpty && seen.insert(c.text).inserted {
            pool.append(c)
        }
        guard !pool.isEmpty else { return nil }
        let tokens = pool.map { Tokenizer.tokenize($0.text) }
        let words = tokens.map { t in
            Set(t.filter { $0.kind == .word && $0.lower.utf8.count > 3 && !FunctionWords.isStop($0.lower) }.map(\.lower))
        }
        var best = 0
        var bestScore = -Double.infinity
        for i in pool.indices {
            var shared = 0.0
            for j in pool.indices where j != i {
                let common = words[i].intersection(words[j]).count
                if common > 0 { shared += Double(common) / Double(max(words[i].count + words[j].count - common, 1)) }
            }
            let n = pool[i].text.count
            // Lines of 50 to 140 characters read best; shorter ones lose context, longer get cut.
            let lengthFit = n < 50 ? Double(n) / 50 : n > maxLength ? Double(maxLength) / Double(n) : 1
            var score = (shared + 0.5) * lengthFit
            if pool[i].recalled { score *= recalledBonus }
            if pool[i].lead { score *= leadFactor }
            if let topicality { score *= topicality.score(tokens[i], stems: &stems).squareRoot() }
            if StandAlone.leansOnContext(tokens[i]) || addressesReader(tokens[i]) { score *= leaningFactor }
            if tokens[i].contains(where: { $0.kind == .word && !$0.isCapitalized && speculative.contains($0.lower) }) {
                score *= speculativeFactor
            }
            if score > bestScore { bestScore = score; best = i }
        }
        // Only the chosen line is made readable: cleaning is the dearest step here.
        return trim(clean(pool[best].text))
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
        guard let first = text.first(where: { $0 != " " }),
              first.isUppercase || first.isNumber || "\"`'(\u{201C}\u{2018}-".contains(first) else { return false }
        let opened = text.filter { $0 == "(" }.count + text.components(separatedBy: "-LRB-").count
        let closed = text.filter { $0 == ")" }.count + text.components(separatedBy: "-RRB-").count
        return opened == closed && isFinished(text)
    }

    /// Ends as a statement does: with . or ! or an ellipsis, perhaps before closing quotes and
    /// brackets (plain or tokenised: `''`, `-RRB-`). A question asks; a label should tell.
    static func isFinished(_ text: String) -> Bool {
        var rest = Substring(text)
        while true {
            while rest.last == " " || rest.last == "\n" { rest.removeLast() }
            if rest.hasSuffix("-RRB-") || rest.hasSuffix("-RSB-") { rest.removeLast(5); continue }
            if let last = rest.last, "\"')]`\u{201D}\u{2019}".contains(last) { rest.removeLast(); continue }
            break
        }
        guard let last = rest.last else { return false }
        return ".!\u{2026}".contains(last)
    }

    /// Undoes the spacing of tokenised text ("Jackson 's death , officials say ." ->
    /// "Jackson's death, officials say.") and its Penn Treebank brackets and quotes.
    static func clean(_ text: String) -> String {
        var out = ""
        var glueNext = false
        for piece in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let word = replacements[String(piece)] ?? String(piece)
            let gluePrevious = attachLeft.contains(word)
            if !out.isEmpty && !gluePrevious && !glueNext { out += " " }
            out += word
            glueNext = attachRight.contains(word)
        }
        return out
    }

    private static let replacements: [String: String] = [
        "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": "\u{201C}", "''": "\u{201D}",
        "`": "\u{2018}", "'": "\u{2019}",
    ]
    /// Tokens written against the word before them.
    private static let attachLeft: Set<String> = [
        ",", ".", ";", ":", "?", "!", "%", ")", "]", "\u{201D}", "\u{2019}", "'s", "n't", "'re", "'ve", "'ll", "'m", "'d",
    ]
    /// Tokens written against the word after them.
    private static let attachRight: Set<String> = ["(", "[", "\u{201C}", "\u{2018}", "$", "#"]

    /// Cuts a long line at a word boundary and marks the cut.
    static func trim(_ text: String, limit: Int = maxLength) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:-".contains(last) { cut.removeLast() }
        return cut + "\u{2026}"
    }
}
