import BriefingModel

/// Writes the executive summary: a few sentences that cover the stories in proportion to their
/// size, each citing the articles it comes from, and a closing line that names the stories too
/// small for a sentence of their own, so that no story is dropped silently.
///
/// Method: sentences are drawn from the articles' own summaries (already the best of each
/// article); within a story a sentence scores by its rank in its article's summary, by how
/// central its article is, and by how many of the story's articles say nearly the same thing
/// (those articles are all cited). A sentence too close to one already chosen is skipped.
/// Stories get sentences by largest remainder (`ProportionalAllocation`) over all stories:
/// when there are few stories every one gets at least one; when there are many (a year of
/// news) the heavy ones get sentences and the rest are gathered, heaviest first, in the final
/// "Also reported" line, which cites all their articles. Chatty lines ("This wasn't just any
/// casual meet-up", questions, "you") are never used: a briefing states what happened, in the
/// register of a report.
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

    /// Sentences at most, besides the closing line.
    static let maxSentences = 10
    /// Story titles named in the closing line; the rest are counted.
    static let namedInClosingLine = 5

    /// - Parameters:
    ///   - stories: heaviest first, members most central first.
    ///   - titles: one per story (its headline), for the closing line.
    static func summarize(stories: [StoryClusterer.Cluster], summaries: [[String]], articleIDs: [String],
                          titles: [String] = []) -> [CitedSentence] {
        let covered = stories.indices.filter { stories[$0].members.contains { !summaries[$0].isEmpty } }
        guard !covered.isEmpty else { return [] }
        let total = min(maxSentences, max(3, covered.count + 2))
        let alloc = ProportionalAllocation.allocate(covered.map { Double(stories[$0].members.count) },
                                                    seats: total, minimum: 1)
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
        var unsaid: [Int] = []                 // stories without a sentence of their own
        for (si, storyIndex) in covered.enumerated() {
            let story = stories[storyIndex]
            guard alloc[si] > 0 else { unsaid.append(storyIndex); continue }
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
                    let leans = StandAlone.leansOnContext(sentence) ? 0.3 : 1.0
                    let score = leans * (1.0 / Double(1 + rank)) * (1.0 / (1.0 + 0.3 * Double(centrality))) * Double(cites.count).squareRoot()
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
            if taken == 0 { unsaid.append(storyIndex) }
        }
        // Stories with no summary at all are still stories: they are named too.
        let coveredSet = Set(covered)
        unsaid += stories.indices.filter { !coveredSet.contains($0) }
        if let line = closingLine(unsaid.sorted(), stories: stories, titles: titles, articleIDs: articleIDs) {
            out.append(line)
        }
        return out
    }

    /// "Also reported: A (4 articles); B (2 articles); C; and 57 more stories (80 articles)."
    /// citing every article of those stories, heaviest story first.
    static func closingLine(_ unsaid: [Int], stories: [StoryClusterer.Cluster], titles: [String],
                            articleIDs: [String]) -> CitedSentence? {
        guard !unsaid.isEmpty else { return nil }
        func count(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }
        var parts: [String] = []
        for i in unsaid.prefix(namedInClosingLine) {
            let title = i < titles.count ? titles[i] : ""
            var trimmed = Substring(title.trimmingSpaces)
            while let l = trimmed.last, l == "." || l == ";" || l == ":" { trimmed = trimmed.dropLast() }
            guard !trimmed.isEmpty else { continue }
            let n = stories[i].members.count
            parts.append(n > 1 ? "\(trimmed) (\(count(n)))" : String(trimmed))
        }
        let rest = unsaid.dropFirst(parts.count)
        var text = "Also reported: " + parts.joined(separator: "; ")
        if !rest.isEmpty {
            let articles = rest.reduce(0) { $0 + stories[$1].members.count }
            let more = rest.count == 1 ? "1 more story" : "\(rest.count) more stories"
            text += parts.isEmpty ? "\(more) (\(count(articles)))" : "; and \(more) (\(count(articles)))"
        }
        text += "."
        let cited = unsaid.flatMap { stories[$0].members }.map { articleIDs[$0] }
        return CitedSentence(text: text, articles: cited)
    }
}
