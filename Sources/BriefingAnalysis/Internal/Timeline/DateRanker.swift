import BriefingModel

/// Scores the days (and months) of a corpus by how much the coverage refers to them.
///
/// Why these signals (after the date-ranking ideas of the timeline-summarisation literature,
/// e.g. news-tls): a day matters when many articles name it; a reference written two or more
/// days later ("on 20 April the rig exploded", read in June) shows the day is still being
/// recalled, so it counts more than a same-day mention; a line of a chronology ("28 June 2009
/// Police interview the doctor.", in an article listing several such lines) is a writer's own
/// choice of a key day, so it counts most; and events draw coverage, so the articles published
/// on the day and on the day after, and a burst of publications above the surrounding
/// fortnight, add to it. Each article counts once per day, so one article repeating a date
/// cannot outweigh two that each name it.
///
/// Coarser units count for what they say: a week, a third of a month or a month named as a
/// whole ("last week", "early June", "in June") spreads a fraction of a reference evenly over
/// its days, so it can separate days the fine references leave level but never makes one day
/// stand out; and a month named by several articles becomes a month-level entry of its own.
/// Years are too coarse to say anything about a day. Every weight is a count of articles, so
/// the ranking does not depend on the corpus's size or span.
struct DateRanker {
    var referenceWeight = 1.0
    /// Added when the article was published at least `recallLag` days after the day it names.
    var recallBonus = 0.5
    var recallLag = 2
    /// Added for each line of a chronology that opens with the day.
    var chronologyWeight = 2.0
    /// Date-led lines an article needs before it reads as a chronology rather than a stray
    /// sentence that happens to start with a date.
    var chronologyLines = DateExtractor.chronologyLines
    /// The share of a day reference that a week or month reference carries, spread over its days.
    var coarseShare = 0.25
    /// Stretches longer than this (a year, a decade) say nothing about single days.
    var coarseMaxDays = 31
    /// Articles that must name a month as a whole before it becomes a month-level entry.
    var monthMinArticles = 2
    var publicationWeight = 0.5
    var nextDayPublicationWeight = 0.5
    var burstWeight = 0.5
    /// Days on each side whose publications make the baseline a burst is measured against.
    var burstRadius = 7

    /// What the corpus says about one day or month.
    struct Evidence {
        var weight = 0.0
        /// Articles naming the day, or published on it (indices, ascending).
        var articles: [Int] = []
        /// Sentences naming the day, with their article.
        var sentences: [(article: Int, text: String)] = []
        /// Articles published on the day.
        var published: [Int] = []

        /// One more sentence naming the day, its weights (added one by one, in order: the sum
        /// is then the same to the last bit whatever they are), and its article when it counts anew.
        mutating func add(_ sentence: (article: Int, text: String), weights: Double..., article: Int?) {
            sentences.append(sentence)
            for w in weights { weight += w }
            if let article { articles.append(article) }
        }
    }

    /// Days keyed by themselves, months keyed by their first day.
    struct Ranking {
        var days: [Day: Evidence] = [:]
        var months: [Day: Evidence] = [:]
    }

    func rank(_ dates: [(article: Int, date: FoundDate)], articleDays: [Day?]) -> Ranking {
        var ranking = Ranking()
        let chronologies = chronologyArticles(dates)
        var counted = Set<Pair>()
        var coarse: [Int: Double] = [:]
        for (a, found) in dates {
            if found.unit == .day {
                addDay(found, article: a, articleDays: articleDays, chronicled: chronologies.contains(a),
                       counted: &counted, into: &ranking.days)
            } else {
                addCoarse(found, article: a, counted: &counted, coarse: &coarse,
                          months: &ranking.months)
            }
        }
        var perDay: [Int: Int] = [:]
        for (a, d) in articleDays.enumerated() {
            guard let d else { continue }
            perDay[d.ordinal, default: 0] += 1
            ranking.days[d, default: Evidence()].published.append(a)
        }
        for (day, var e) in ranking.days {
            let o = day.ordinal
            let here = Double(perDay[o] ?? 0)
            var around = 0.0
            for i in -burstRadius...burstRadius { around += Double(perDay[o + i] ?? 0) }
            let baseline = around / Double(2 * burstRadius + 1)
            e.weight += publicationWeight * here + nextDayPublicationWeight * Double(perDay[o + 1] ?? 0)
                + burstWeight * max(0, here - baseline) + (coarse[o] ?? 0)
            e.articles = Array(Set(e.articles + e.published)).sorted()
            ranking.days[day] = e
        }
        ranking.months = ranking.months.filter { $0.value.articles.count >= monthMinArticles }
        return ranking
    }

    /// A day (or the first day of a range such as "5-9 June", where the event begins).
    private func addDay(_ found: FoundDate, article a: Int, articleDays: [Day?], chronicled: Bool,
                        counted: inout Set<Pair>, into days: inout [Day: Evidence]) {
        let day = found.day
        // Updated in place (`Evidence.add`): a copy taken out and put back copied the day's
        // sentences at every mention, which grew with the square of a much-named day's mentions.
        let first = counted.insert(Pair(article: a, first: day.ordinal, last: day.ordinal)).inserted
        let reference = first ? referenceWeight + recall(a, day, articleDays) : 0
        let chronology = chronicled && found.opensSentence
            && counted.insert(Pair(article: a, first: day.ordinal, last: Int.min)).inserted ? chronologyWeight : 0
        days[day, default: Evidence()].add((a, found.sentence), weights: reference, chronology, article: first ? a : nil)
    }

    /// A week or month: a share spread over its days, and a month's own evidence.
    private func addCoarse(_ found: FoundDate, article a: Int, counted: inout Set<Pair>,
                           coarse: inout [Int: Double], months: inout [Day: Evidence]) {
        let first = found.day.ordinal, last = found.last.ordinal
        guard counted.insert(Pair(article: a, first: first, last: last)).inserted else {
            if found.unit == .month { months[found.day]?.sentences.append((a, found.sentence)) }
            return
        }
        let length = last - first + 1
        let weight = referenceWeight
        if length <= coarseMaxDays {
            let share = coarseShare * weight / Double(length)
            for o in first...last { coarse[o, default: 0] += share }
        }
        guard found.unit == .month else { return }
        // A month's weight is the share it gives each of its days: on the same scale as a
        // day's, and never above a day named outright by as many articles.
        months[found.day, default: Evidence()].add((a, found.sentence), weights: coarseShare * weight / Double(length), article: a)
    }

    private func recall(_ article: Int, _ day: Day, _ articleDays: [Day?]) -> Double {
        guard let published = articleDays[article], published.ordinal - day.ordinal >= recallLag else { return 0 }
        return recallBonus
    }

    /// Articles with at least `chronologyLines` distinct days each opening a sentence.
    func chronologyArticles(_ dates: [(article: Int, date: FoundDate)]) -> Set<Int> {
        var lines: [Int: Set<Int>] = [:]
        for (a, found) in dates where found.opensSentence { lines[a, default: []].insert(found.day.ordinal) }
        return Set(lines.filter { $0.value.count >= chronologyLines }.keys)
    }

    private struct Pair: Hashable {
        var article: Int
        var first: Int
        var last: Int
    }
}
