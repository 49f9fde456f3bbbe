#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Picks an article's summary sentences, best first.
///
/// Method: TextRank (Mihalcea & Tarau 2004) over the article's body sentences, with the cosine
/// of their content-stem sets as edge weight (shared stems / sqrt of the two set sizes, so a long
/// sentence is not central merely for being long), blended lightly with each sentence's mean
/// in-article stem frequency (Luhn's signal: the words the article keeps returning to). No lead
/// prior: editors' extractive summaries keep central sentences from anywhere in the piece, not
/// just the opening. The list is long (about 60% of the sentences, best first) because an
/// extractive summary of news keeps roughly two sentences in five; a reader or renderer takes
/// as many as it has room for. Near-duplicates of a chosen sentence are skipped (as in MMR).
/// Everything it needs is inside the article, so it runs in the per-article pure step.
enum Summarizer {
    /// Share of an article's eligible sentences returned, best first.
    static let keptShare = 0.6

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        let i = a.intersection(b).count
        return Double(i) / Double(a.count + b.count - i)
    }

    /// Shared elements of two sorted id lists.
    @inline(__always) static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    static func jaccard(_ a: [Int], _ b: [Int]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        let i = sharedCount(a, b)
        return Double(i) / Double(a.count + b.count - i)
    }

    /// Chatty sentences (questions, "Let's dive in", "you") make poor summary lines: a factor
    /// below 1 for them, 1 for plain reporting.
    static func register(_ s: Sentence) -> Double {
        guard let first = s.tokens.first else { return 1 }
        var factor = 1.0
        if let last = s.tokens.last(where: { $0.kind == .punct && !SentenceSplitter.isCloser($0) }),
           last.text == "?" || last.text == "!" { factor *= 0.5 }
        if chatty.contains(first.lower) { factor *= 0.6 }
        if s.tokens.contains(where: { addressesReader($0.lower) }) { factor *= 0.7 }
        return factor
    }

    /// "you", "your", "let's" (either apostrophe): the text talks to its reader. Asked of every
    /// token, so the byte count and first byte turn other words away before any string
    /// comparison (no other string equals one of these).
    @inline(__always) static func addressesReader(_ lower: String) -> Bool {
        let u = lower.utf8
        guard u.count == 3 || u.count == 4 || u.count == 5 || u.count == 7, u.first == 0x79 || u.first == 0x6C
        else { return false }
        return lower == "you" || lower == "your" || lower == "let's" || lower == "let\u{2019}s"
    }

    static let chatty: Set<String> = ["so", "hey", "let", "alright", "well", "now", "ok", "okay", "let's", "let\u{2019}s", "think", "imagine", "remember"]

    static func summarize(_ sentences: [Sentence], table: WordTable? = nil) -> [String] {
        // Stems as small integers, sentences as sorted id lists: fast overlaps.
        var ids: [String: Int] = [:]          // word -> stem id, -1 for stop words
        var stemIDs: [String: Int] = [:]
        func idList(_ s: Sentence) -> [Int] {
            var out: [Int] = []
            out.reserveCapacity(s.tokens.count)
            for t in s.tokens where t.kind == .word && !t.isPossessive && t.lower.utf8.count > 2 {
                if let table, t.word >= 0 {
                    if !t.isContentStop { out.append(table.stem(of: t)) }
                    continue
                }
                if let i = ids[t.lower] { if i >= 0 { out.append(i) }; continue }
                if t.isContentStop {
                    ids[t.lower] = -1; continue
                }
                // Words with the same stem share an id.
                let st = Stemmer.stem(t.lower)
                let id: Int
                if let j = stemIDs[st] { id = j } else { id = stemIDs.count; stemIDs[st] = id }
                ids[t.lower] = id
                out.append(id)
            }
            out.sort()
            var unique: [Int] = []
            unique.reserveCapacity(out.count)
            for x in out where unique.last != x { unique.append(x) }
            return unique
        }
        let titleStems = sentences.first(where: \.isTitle).map(idList) ?? []
        var eligible: [(text: String, stems: [Int], tone: Double)] = []
        for s in sentences where !s.isHeading {
            let w = s.wordCount
            guard w >= 4 && w <= 80 else { continue }
            let st = idList(s)
            if st.count >= 3 { eligible.append((s.text, st, register(s))) }
        }
        let n = eligible.count
        guard n > 0 else {
            // No proper sentence: fall back to the longest non-title lines, honestly short.
            return sentences.filter { !$0.isTitle && $0.wordCount >= 3 }.prefix(1).map(\.text)
        }
        // Stem frequencies in the article (for the Luhn term).
        var frequency: [Int: Int] = [:]
        for e in eligible { for x in e.stems { frequency[x, default: 0] += 1 } }
        // TextRank over cosine similarities of the stem sets.
        var weights = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var rowSum = [Double](repeating: 0, count: n)
        let roots = eligible.map { Double($0.stems.count).squareRoot() }
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let shared = sharedCount(eligible[i].stems, eligible[j].stems)
                if shared == 0 { continue }
                let w = Double(shared) / (roots[i] * roots[j])
                weights[i][j] = w; weights[j][i] = w
                rowSum[i] += w; rowSum[j] += w
            }
        }
        var rank = [Double](repeating: 1, count: n)
        for _ in 0..<30 {
            var next = [Double](repeating: 0.15, count: n)
            for j in 0..<n where rowSum[j] > 0 {
                let share = 0.85 * rank[j] / rowSum[j]
                for i in 0..<n where weights[j][i] > 0 { next[i] += share * weights[j][i] }
            }
            rank = next
        }
        let luhn = eligible.map { e in
            Double(e.stems.reduce(0) { $0 + frequency[$1, default: 0] }) / pow(Double(e.stems.count), 0.8)
        }
        let topRank = rank.max() ?? 1, topLuhn = luhn.max() ?? 1
        var scored: [(Int, Double)] = []
        for i in 0..<n {
            let tr = topRank > 0 ? rank[i] / topRank : 0
            let lu = topLuhn > 0 ? luhn[i] / topLuhn : 0
            let title = titleStems.isEmpty ? 0 : Double(sharedCount(eligible[i].stems, titleStems)) / Double(titleStems.count)
            scored.append((i, (0.75 * tr + 0.2 * lu + 0.05 * title) * eligible[i].tone))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let want = max(1, Int((Double(n) * keptShare).rounded(.up)))
        var chosen: [Int] = []
        for (i, _) in scored {
            if chosen.count >= want { break }
            if chosen.contains(where: { jaccard(eligible[$0].stems, eligible[i].stems) >= 0.5 }) { continue }
            chosen.append(i)
        }
        return chosen.map { eligible[$0].text }
    }
}
