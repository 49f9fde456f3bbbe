/// Words a story with: a title and a short summary drawn from its articles.
enum StoryWriter {
    /// A story's title: its central article's title, cut to its first sentence when a source
    /// put a whole paragraph on the title line.
    static func headline(_ title: String) -> String {
        guard title.count > 120 else { return title }
        let first = SentenceSplitter.split(title: "", body: title).first(where: { !$0.isTitle })?.text ?? title
        return first.count <= 160 ? first : ReactionThemeBuilder.trim(first, limit: 120)
    }

    /// Up to three sentences: the best of the most central articles first, then their second
    /// best, and so on, skipping any that repeat a sentence already chosen.
    static func summary(_ c: StoryClusterer.Cluster, _ analyses: [HeldArticle]) -> [String] {
        var out: [String] = []
        var chosen: [Set<String>] = []
        for round in 0..<3 {
            for a in c.members where out.count < 3 {
                let summary = analyses[a].summary
                guard round < summary.count else { continue }
                let s = summary[round]
                let st = Set(Tokenizer.tokenize(s).filter { $0.kind == .word && !FunctionWords.isStop($0.lower) }.map { Stemmer.stem($0.lower) })
                if chosen.contains(where: { Summarizer.jaccard($0, st) >= 0.4 }) { continue }
                chosen.append(st)
                out.append(s)
            }
        }
        return out
    }
}
