import BriefingModel

/// What to watch: the days the coverage announces as ahead -- "the ministers will meet on
/// Thursday", a vote, a deadline, a sentencing -- as a short dated list.
///
/// Method: every single day an article names *after its own publication day* is a plan or a
/// schedule (the date finder has already read "on Thursday" forward or back by the clause's
/// tense) when its sentence says so -- "will", "due", "scheduled", "expected" (a year-less
/// anniversary, "the 20 April blowout", read after April is no plan). Only those still ahead in the period's last week or later are kept -- a plan
/// announced in the first week and carried out in the second is history by the end of the
/// period, and the timeline tells it. Days are grouped; each is told by the announcing sentence
/// that stands alone, the one most articles share first. Soonest first.
enum WatchFinder {
    /// Items at most: a short list under the key developments.
    static let limit = 5
    /// Days before the period's end from which a plan is still news.
    static let lookBack = 6
    /// A named day more than this far beyond the period is a misread year or a far anniversary.
    static let horizon = 366

    static func find(_ dates: [(article: Int, date: FoundDate)], articleDays: [Day?],
                     articleIDs: [String]) -> [WatchItem] {
        guard let last = articleDays.compactMap({ $0 }).max() else { return [] }
        let from = last.adding(days: -lookBack), until = last.adding(days: horizon)
        var byDay: [Day: [(article: Int, text: String)]] = [:]
        for (a, found) in dates where found.isSingleDay {
            guard let published = articleDays[a], found.day > published,
                  found.day >= from, found.day <= until, looksAhead(found.sentence) else { continue }
            byDay[found.day, default: []].append((a, found.sentence))
        }
        var items: [WatchItem] = []
        for (day, said) in byDay {
            let texts = said.map { TimelineLabel.clean($0.text) }
            var seen: [String: Int] = [:]
            for t in texts { seen[t, default: 0] += 1 }
            let usable = Set(texts).filter { LeadWriter.standsAlone($0) }
                .sorted { (seen[$0]!, -$0.count, $0) > (seen[$1]!, -$1.count, $1) }
            guard let text = usable.first else { continue }
            let articles = Array(Set(said.map(\.article))).sorted().map { articleIDs[$0] }
            items.append(WatchItem(date: day, text: TimelineLabel.trim(text), articles: articles))
        }
        // The best-attested days when there are many, then in date order.
        let kept = items.sorted { ($0.articles.count, $1.date) > ($1.articles.count, $0.date) }.prefix(limit)
        return kept.sorted { $0.date < $1.date }
    }

    /// The sentence holds a word of plans ("will", "due", "scheduled"...); "to" alone is too
    /// common to count.
    static func looksAhead(_ sentence: String) -> Bool {
        Tokenizer.tokenize(sentence).contains { $0.kind == .word && $0.lower != "to" && CalendarWords.futureCues.contains($0.lower) }
    }
}
