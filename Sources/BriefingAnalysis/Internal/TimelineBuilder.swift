import BriefingModel

/// Ranks the days the coverage names.
///
/// Weight: each article naming a day counts 1, further mentions in the same article 0.25,
/// and days worked out from relative words ("yesterday") count half -- the more the coverage
/// returns to a day, the more it matters; each article published on a named day adds 0.3. Entries come best first (ties: earlier day first).
/// With no dates at all the timeline is empty and a note says why; dates are never invented
/// and the briefing's own day is never used.
enum TimelineBuilder {
    static let limit = 100

    static func build(_ dates: [(article: Int, date: FoundDate)], articleIDs: [String],
                      articleDays: [Day?]) -> (entries: [TimelineEntry], note: String?) {
        struct Acc { var weight = 0.0; var articles: [Int: Int] = [:]; var sentences: [(Int, String)] = [] }
        var byDay: [Day: Acc] = [:]
        for (a, d) in dates {
            var acc = byDay[d.day] ?? Acc()
            let first = acc.articles[a] == nil
            acc.articles[a, default: 0] += 1
            acc.weight += (first ? 1.0 : 0.25) * (d.relative ? 0.5 : 1.0)
            acc.sentences.append((a, d.sentence))
            byDay[d.day] = acc
        }
        // A day the text names gains a little for each article published on it (the coverage
        // of that day itself); publication days alone never make an entry.
        for d in articleDays {
            guard let d, byDay[d] != nil else { continue }
            byDay[d]!.weight += 0.3
        }
        var entries: [TimelineEntry] = []
        for (day, acc) in byDay {
            // The label: the shortest mentioning sentence of a reasonable length.
            let candidates = acc.sentences.sorted { ($0.1.count, $0.0, $0.1) < ($1.1.count, $1.0, $1.1) }
            let label = candidates.first(where: { $0.1.count >= 40 })?.1 ?? candidates[0].1
            entries.append(TimelineEntry(date: day, label: ReactionThemeBuilder.trim(label, limit: 160),
                                         weight: (acc.weight * 100).rounded() / 100,
                                         articles: acc.articles.keys.sorted().map { articleIDs[$0] }))
        }
        entries.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.date < $1.date }
        entries = Array(entries.prefix(limit))
        if !entries.isEmpty { return (entries, nil) }
        let dated = articleDays.compactMap { $0 }
        if dated.isEmpty {
            return ([], "The sources carry no publication dates and name no calendar dates; no timeline can be drawn.")
        }
        let first = dated.min()!, last = dated.max()!
        let span = first == last ? "on \(first)" : "from \(first) to \(last)"
        return ([], "The articles name no calendar dates in their text; they were published \(span).")
    }
}
