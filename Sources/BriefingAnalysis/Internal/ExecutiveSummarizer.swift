import BriefingModel

/// Writes the executive summary: 3-8 sentences that cover the stories in proportion to their
/// size, each citing the articles it comes from.
///
/// Method: sentences are drawn from the articles' own summaries (already the best of each
/// article); within a story a sentence scores by its rank in its article's summary, by how
/// central its article is, and by how many of the story's articles say nearly the same thing
/// (those articles are all cited). A sentence too close to one already chosen is skipped.
/// Stories get sentences by largest remainder, every covered story at least one. Chatty lines
/// ("This wasn't just any casual meet-up", questions, "you") are never used: a briefing states
/// what happened, in the register of a report.
enum ExecutiveSummarizer {
    /// The best sentences of each article's summary considered: the rest of a long extractive
    /// summary is detail, and skipping it keeps this step linear and fast.
    static let bestPerArticle = 5
    /// A sentence in a conversational register: a question or exclamation, a contraction, a
    /// word addressed to the reader, a chatty opener, or direct speech (a quotation mark or a
    /// first-person "I"): quotes belong with the reactions, the summary reports.
    static func isChatty(_ sentence: String) -> Bool {
        for scalar in sentence.unicodeScalars where scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" {
            return true
        }
        let tokens = Tokenizer.tokenize(sentence)
        guard let first = tokens.first(where: { $0.kind == .word }) else { return true }
        if Summarizer.chatty.contains(first.lower) { return true }
        if let last = tokens.last(where: { $0.kind == .punct && !SentenceSplitter.isCloser($0) }),
           last.text == "?" || last.text == "!" { return true }
        for t in tokens where t.kind == .word {
            let l = t.lower
            if l == "you" || l == "your" || l == "we're" || l == "let's" || t.text == "I" { return true }
            if l.hasSuffix("n't") || l.hasSuffix("n\u{2019}t") { return true }
        }
        return false
    }

    static func summarize(stories: [StoryClusterer.Cluster], summaries: [[String]], articleIDs: [String]) -> [CitedSentence] {
        let covered = Array(stories.filter { s in s.members.contains { !summaries[$0].isEmpty } }.prefix(8))
        guard !covered.isEmpty else { return [] }
        let total = min(8, max(3, covered.count + 2))
        // Largest-remainder allocation, at least one per story.
        let weights = covered.map { Double($0.members.count) }
        let sum = weights.reduce(0, +)
        var alloc = [Int](repeating: 1, count: covered.count)
        var left = total - covered.count
        if left > 0 {
            let quotas = weights.map { $0 / sum * Double(total) - 1 }
            var order = Array(0..<covered.count)
            for i in order.indices { alloc[i] += max(0, Int(quotas[i].rounded(.down))) }
            left = total - alloc.reduce(0, +)
            order.sort { (quotas[$0] - quotas[$0].rounded(.down), -$0) > (quotas[$1] - quotas[$1].rounded(.down), -$1) }
            var k = 0
            while left > 0 && !order.isEmpty { alloc[order[k % order.count]] += 1; left -= 1; k += 1 }
            while left < 0, let i = alloc.indices.max(by: { alloc[$0] < alloc[$1] }), alloc[i] > 1 { alloc[i] -= 1; left += 1 }
        }
        var stemCache: [String: Set<String>] = [:]
        func stems(_ s: String) -> Set<String> {
            if let c = stemCache[s] { return c }
            let st = Set(Tokenizer.tokenize(s).filter { $0.kind == .word && $0.lower.utf8.count > 2 && !FunctionWords.isStop($0.lower) }
                .map { Stemmer.stem($0.lower) })
            stemCache[s] = st
            return st
        }
        var out: [CitedSentence] = []
        var chosenStems: [Set<String>] = []
        for (si, story) in covered.enumerated() {
            var candidates: [(text: String, score: Double, cites: [Int])] = []
            // The most central articles speak for a large story (keeps this linear in its size).
            let core = Array(story.members.prefix(6))
            let citable = Array(story.members.prefix(12))
            for (centrality, a) in core.enumerated() {
                for (rank, sentence) in summaries[a].prefix(bestPerArticle).enumerated() where !isChatty(sentence) {
                    let st = stems(sentence)
                    var cites = [a]
                    for b in citable where b != a {
                        if summaries[b].prefix(bestPerArticle).contains(where: { Summarizer.jaccard(stems($0), st) >= 0.6 }) { cites.append(b) }
                    }
                    let score = (1.0 / Double(1 + rank)) * (1.0 / (1.0 + 0.3 * Double(centrality))) * Double(cites.count).squareRoot()
                    candidates.append((sentence, score, cites.sorted()))
                }
            }
            candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.text < $1.text }
            var taken = 0
            for c in candidates where taken < alloc[si] {
                let st = stems(c.text)
                if chosenStems.contains(where: { Summarizer.jaccard($0, st) >= 0.4 }) { continue }
                chosenStems.append(st)
                out.append(CitedSentence(text: c.text, articles: c.cites.map { articleIDs[$0] }))
                taken += 1
            }
        }
        return out
    }
}
