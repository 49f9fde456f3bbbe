import BriefingModel

/// Scores the days of a corpus by how much the coverage refers to them.
///
/// Why these signals (after the date-ranking ideas of the timeline-summarisation literature,
/// e.g. news-tls): a day matters when many articles name it; a reference written two or more
/// days later ("on 20 April the rig exploded", read in June) shows the day is still being
/// recalled, so it counts more than a same-day mention; and events draw coverage, so the
/// articles published on the day and on the day after, and a burst of publications above the
/// surrounding fortnight, add to it. Each article counts once per day, so one article repeating
/// a date cannot outweigh two that each name it.
struct DateRanker {
    var referenceWeight = 1.0
    /// Added when the article was published at least `recallLag` days after the day it names.
    var recallBonus = 0.5
    var recallLag = 2
    var publicationWeight = 0.5
    var nextDayPublicationWeight = 0.5
    var burstWeight = 0.5
    /// Days on each side whose publications make the baseline a burst is measured against.
    var burstRadius = 7

    /// What the corpus says about one day.
    struct Evidence {
        var weight = 0.0
        /// Articles naming the day, or published on it (indices, ascending).
        var articles: [Int] = []
        /// Sentences naming the day, with their article.
        var sentences: [(article: Int, text: String)] = []
        /// Articles published on the day.
        var published: [Int] = []
    }

    func rank(_ dates: [(article: Int, date: FoundDate)], articleDays: [Day?]) -> [Day: Evidence] {
        var evidence: [Day: Evidence] = [:]
        var counted = Set<Pair>()
        for (a, found) in dates where found.isSingleDay || found.unit == .day {
            let day = found.day
            var e = evidence[day] ?? Evidence()
            e.sentences.append((a, found.sentence))
            if counted.insert(Pair(article: a, day: day.ordinal)).inserted {
                var w = referenceWeight
                if let published = articleDays[a], published.ordinal - day.ordinal >= recallLag { w += recallBonus }
                e.weight += w
                e.articles.append(a)
            }
            evidence[day] = e
        }
        var perDay: [Int: Int] = [:]
        for (a, d) in articleDays.enumerated() {
            guard let d else { continue }
            perDay[d.ordinal, default: 0] += 1
            evidence[d, default: Evidence()].published.append(a)
        }
        for (day, var e) in evidence {
            let o = day.ordinal
            let here = Double(perDay[o] ?? 0)
            var around = 0.0
            for i in -burstRadius...burstRadius { around += Double(perDay[o + i] ?? 0) }
            let baseline = around / Double(2 * burstRadius + 1)
            e.weight += publicationWeight * here + nextDayPublicationWeight * Double(perDay[o + 1] ?? 0)
                + burstWeight * max(0, here - baseline)
            e.articles = Array(Set(e.articles + e.published)).sorted()
            evidence[day] = e
        }
        return evidence
    }

    private struct Pair: Hashable {
        var article: Int
        var day: Int
    }
}
