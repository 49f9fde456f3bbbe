import BriefingModel

/// Builds the timeline: the key days of the corpus, best first, each with a one-line label and
/// the articles behind it.
///
/// The ranking is `DateRanker`'s (how much the coverage refers to a day); the label is the most
/// typical sentence naming the day (`TimelineLabel`), or, for a day known only from what was
/// published on it, the headline of an article of that day. Months the coverage names as a whole
/// follow the days as month-level entries. With no dates at all the timeline is
/// empty and a note says why; dates are never invented and the briefing's own day is never used.
enum TimelineBuilder {
    /// Day entries kept. The model lists every day the coverage gives evidence for, so a corpus
    /// spanning years keeps its quiet stretches too: a cap of a few hundred would drop the
    /// weakest days first, and in a long corpus those are whole quiet months. The bound only
    /// keeps the JSON finite, at about eight years of days; the renderer shows far fewer.
    static let limit = 3000

    /// Month-level entries kept, after the days.
    static let monthLimit = 24

    static func build(_ dates: [(article: Int, date: FoundDate)], articleIDs: [String],
                      articleDays: [Day?], titles: [String] = [], leads: [String] = [],
                      topicality: Topicality? = nil) -> (entries: [TimelineEntry], note: String?) {
        let ranking = DateRanker().rank(dates, articleDays: articleDays)
        var stems: [String: String] = [:]
        var entries: [TimelineEntry] = []
        var named = false
        for (day, e) in ordered(ranking.days) where entries.count < limit {
            named = named || !e.sentences.isEmpty
            // The day's own leads join only when some sentence names the day: a day known only
            // from what was published on it is labelled by a headline, as the note says.
            let own = e.sentences.isEmpty ? [] : e.published.compactMap { $0 < leads.count && !leads[$0].isEmpty ? leads[$0] : nil }
            let label = TimelineLabel.pick(candidates(e, after: day, articleDays)
                                           + own.map { TimelineLabel.Candidate(text: $0, lead: true) },
                                           topicality: topicality, stems: &stems)
                ?? e.published.lazy.compactMap { $0 < titles.count && !titles[$0].isEmpty ? TimelineLabel.trim(TimelineLabel.clean(titles[$0])) : nil }.first
            guard let label else { continue }
            entries.append(TimelineEntry(date: day, label: label, weight: rounded(e.weight),
                                         articles: e.articles.map { articleIDs[$0] }))
        }
        // Months come after the days: their weight is a day's share of them, so they rank
        // below the days the coverage names outright, and they never crowd a day out.
        for (month, e) in ordered(ranking.months).prefix(monthLimit) {
            let end = DateExtractor.monthEnd(month.year, month.month) ?? month
            guard let label = TimelineLabel.pick(candidates(e, after: end, articleDays), topicality: topicality, stems: &stems) else { continue }
            entries.append(TimelineEntry(date: month, label: label, weight: rounded(e.weight),
                                         articles: Array(Set(e.articles)).sorted().map { articleIDs[$0] }, unit: .month))
        }
        let dated = articleDays.compactMap { $0 }
        let chronologies = DateRanker().chronologyArticles(dates)
        let chronicled = Set(dates.filter { chronologies.contains($0.article) && $0.date.opensSentence }.map(\.date.day))
        entries = bounded(entries, published: dated, chronicled: chronicled)
        if !entries.isEmpty {
            if !named && entries.allSatisfy({ $0.unit == .day }) {
                return (entries, "The articles name no calendar dates in their text; the timeline shows the days they "
                    + "were published, with their headlines.")
            }
            guard dated.isEmpty else { return (entries, nil) }
            return (entries, "The sources carry no publication dates; these are the calendar dates their text names, "
                + "ranked by how many articles name them.")
        }
        if dated.isEmpty {
            return ([], "The sources carry no publication dates and name no calendar dates, so no event can be "
                + "placed on a calendar.")
        }
        let first = dated.min()!, last = dated.max()!
        let span = first == last ? "on \(first)" : "from \(first) to \(last)"
        return ([], "The articles name no calendar dates in their text; they were published \(span).")
    }

    /// Days the timeline reaches beyond the publication period on either side: the run-up and
    /// the aftermath a report recalls ("the blast on 20 April", a week before the first
    /// article), the length of a month of news.
    static let periodMargin = 31
    /// Articles that must recall a day outside the period (with its margin) for it to stay:
    /// one article's aside (a birth in 1951) is background, several recalling it make it part
    /// of the story.
    static let recalledBy = 3

    /// The entries within the publication period and its margin, those further out that
    /// several articles recall, and the days a chronology lists (a writer's own list of the days
    /// that mattered, "28 June 2009 Police interview the doctor."). A month named as a whole
    /// gets a month more of margin: "output fell in October", read in early December, is last
    /// month's news. Without publication dates there is no period: all stay.
    static func bounded(_ entries: [TimelineEntry], published: [Day], chronicled: Set<Day> = []) -> [TimelineEntry] {
        guard let first = published.min(), let last = published.max() else { return entries }
        return entries.filter { e in
            let margin = e.unit == .month ? 2 * periodMargin : periodMargin
            let end = e.unit == .month ? (DateExtractor.monthEnd(e.date.year, e.date.month) ?? e.date) : e.date
            let near = end >= first.adding(days: -margin) && e.date <= last.adding(days: margin)
            return near || Set(e.articles).count >= recalledBy || (e.unit == .day && chronicled.contains(e.date))
        }
    }

    /// The sentences naming a day or month, each marked when its article came out after `last`.
    private static func candidates(_ e: DateRanker.Evidence, after last: Day, _ articleDays: [Day?]) -> [TimelineLabel.Candidate] {
        e.sentences.map { s in
            TimelineLabel.Candidate(text: s.text, recalled: articleDays[s.article].map { $0 > last } ?? false)
        }
    }

    /// Heaviest first; ties go to the better-attested, then the earlier.
    private static func ordered(_ evidence: [Day: DateRanker.Evidence]) -> [(key: Day, value: DateRanker.Evidence)] {
        evidence.sorted { a, b in
            if a.value.weight != b.value.weight { return a.value.weight > b.value.weight }
            if a.value.articles.count != b.value.articles.count { return a.value.articles.count > b.value.articles.count }
            return a.key < b.key
        }
    }

    private static func rounded(_ weight: Double) -> Double { (weight * 1000).rounded() / 1000 }
}
