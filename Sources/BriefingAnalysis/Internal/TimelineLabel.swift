/// The one-line label of a key date: the most typical of the sentences that name it, made
/// readable.
///
/// Why the most typical: the sentences naming a day tell the same event in different words; the
/// one sharing most words with the others is the event itself rather than an aside, and one of
/// moderate length reads as a line, not a paragraph.
enum TimelineLabel {
    static let maxLength = 140
    static let candidates = 16

    static func pick(_ sentences: [String]) -> String? {
        var seen = Set<String>()
        var pool: [String] = []
        for s in sentences where pool.count < candidates && !s.isEmpty && seen.insert(s).inserted {
            pool.append(s)
        }
        guard !pool.isEmpty else { return nil }
        let words = pool.map { s in
            Set(Tokenizer.tokenize(s).filter { $0.kind == .word && $0.lower.utf8.count > 3 && !FunctionWords.isStop($0.lower) }.map(\.lower))
        }
        var best = 0
        var bestScore = -Double.infinity
        for i in pool.indices {
            var shared = 0.0
            for j in pool.indices where j != i {
                let common = words[i].intersection(words[j]).count
                if common > 0 { shared += Double(common) / Double(max(words[i].count + words[j].count - common, 1)) }
            }
            let n = pool[i].count
            // Lines of 50 to 140 characters read best; shorter ones lose context, longer get cut.
            let lengthFit = n < 50 ? Double(n) / 50 : n > maxLength ? Double(maxLength) / Double(n) : 1
            let score = (shared + 0.5) * lengthFit
            if score > bestScore { bestScore = score; best = i }
        }
        // Only the chosen line is made readable: cleaning is the dearest step here.
        return trim(clean(pool[best]))
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
