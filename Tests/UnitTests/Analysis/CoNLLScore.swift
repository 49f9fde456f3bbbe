/// Exact-span F1 over PER, ORG and LOC, as conlleval counts it (for the dev-set check only).
struct CoNLLScore {
    var coreF1: Double

    init(gold: [String], predicted: [String]) {
        func spans(_ tags: [String]) -> Set<[Int]> {
            var out: Set<[Int]> = []
            var start = -1, type = ""
            let types = ["PER": 0, "ORG": 1, "LOC": 2]
            func close(_ i: Int) { if start >= 0, let t = types[type] { out.insert([start, i, t]) }; start = -1; type = "" }
            for (i, tag) in (tags + [""]).enumerated() {
                let t = tag.count > 2 ? String(tag.dropFirst(2)) : ""
                if tag.isEmpty || tag == "O" || tag.hasPrefix("B-") || t != type { close(i) }
                if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && start < 0) { start = i; type = t }
            }
            return out
        }
        let g = spans(gold), p = spans(predicted)
        let tp = Double(g.intersection(p).count)
        let precision = p.isEmpty ? 0 : tp / Double(p.count), recall = g.isEmpty ? 0 : tp / Double(g.count)
        coreF1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
