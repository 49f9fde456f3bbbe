import BriefingModel

/// When the articles were published, hour by hour: the counts the hour axis draws, for a corpus
/// short enough and timed enough to be read by the hour.
///
/// Why these conditions: a breaking-news briefing (forty articles between 06:00 and 23:00 on one
/// day) is one fat bar on a day axis; by the hour it shows how the story built up. Beyond
/// `maxDays` days of publishing, days are the better unit again. And the bars must stand for most
/// of the articles: when most give only a day, an hour axis would show a few of them and hide the
/// rest, so the day axis stays. Times are kept as the sources wrote them, each beside its own
/// day; no article is moved to another hour or day.
struct PublicationHours: Equatable {
    /// At most this many calendar days of publishing, first and last day counted.
    static let maxDays = 2

    /// The first and last publication day of the dated articles.
    let firstDay: Day
    let lastDay: Day
    /// Articles per hour, keyed by hours after `firstDay`'s midnight (26 is 02:00 the next day).
    let counts: [Int: Int]
    /// Dated articles that give no time of day: they are in no hour.
    let untimed: Int

    /// Nil unless the dated articles span at most `maxDays` days and more than half give a time.
    init?(_ articles: [ArticleDigest]) {
        let dated = articles.filter { $0.date != nil }
        guard let first = dated.compactMap(\.date).min(), let last = dated.compactMap(\.date).max(),
              last.ordinal - first.ordinal < Self.maxDays else { return nil }
        var counts: [Int: Int] = [:]
        for article in dated {
            guard let day = article.date, let time = article.time else { continue }
            counts[(day.ordinal - first.ordinal) * 24 + time.hour, default: 0] += 1
        }
        let timed = counts.values.reduce(0, +)
        guard timed * 2 > dated.count else { return nil }
        firstDay = first
        lastDay = last
        self.counts = counts
        untimed = dated.count - timed
    }

    /// The calendar days the hours run over.
    var dayCount: Int { lastDay.ordinal - firstDay.ordinal + 1 }
    /// The first and the last hour that holds an article.
    var firstHour: Int { counts.keys.min() ?? 0 }
    var lastHour: Int { counts.keys.max() ?? 0 }
    /// Articles with a time: the ones the bars show.
    var timed: Int { counts.values.reduce(0, +) }
}
