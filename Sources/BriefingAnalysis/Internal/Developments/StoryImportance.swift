#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BriefingModel

/// How much a story matters to a reader of the period: how much and how widely it was covered.
///
/// Why not size alone: a story told by twenty rewrites of one wire piece on one day is smaller
/// news than one that ten outlets followed for a week. So the score adds, each on a log scale
/// (the tenth article adds less than the second): the articles, the distinct outlets, the days
/// it was covered on, its busiest burst (articles within `burstDays` of each other: a story
/// that broke), and where its latest article falls in the period (recent news first, all else
/// equal). Outlets, days and bursts weigh half an article's log each: they temper size, they
/// do not replace it.
struct StoryImportance {
    /// A burst is the articles published within this many days of the burst's first: a news
    /// cycle (the day of the event, the next day's follow-ups and reactions).
    static let burstDays = 2
    /// Weight of each secondary signal relative to the article count's log.
    static let secondaryWeight = 0.5

    var articleDays: [Day?]
    var sources: [String?]
    /// The publication period, for recency.
    var first: Day?
    var last: Day?

    init(articleDays: [Day?], sources: [String?]) {
        self.articleDays = articleDays
        self.sources = sources
        let dated = articleDays.compactMap { $0 }
        first = dated.min()
        last = dated.max()
    }

    func score(_ members: [Int]) -> Double {
        let days = members.compactMap { articleDays[$0] }.map(\.ordinal).sorted()
        let outlets = Set(members.compactMap { sources[$0] }).count
        var score = log1p(Double(members.count))
        score += Self.secondaryWeight * log1p(Double(outlets))
        score += Self.secondaryWeight * log1p(Double(Set(days).count))
        score += Self.secondaryWeight * log1p(Double(Self.burst(days)))
        score += Self.secondaryWeight * recency(days.last)
        return score
    }

    /// 0 for a story last covered on the period's first day, 1 on its last day.
    func recency(_ latest: Int?) -> Double {
        guard let latest, let first, let last, last > first else { return 0 }
        return Double(latest - first.ordinal) / Double(last.ordinal - first.ordinal)
    }

    /// The most articles within `burstDays` of one another (days sorted ascending).
    static func burst(_ days: [Int]) -> Int {
        var best = 0, start = 0
        for end in days.indices {
            while days[end] - days[start] > burstDays { start += 1 }
            best = max(best, end - start + 1)
        }
        return best
    }
}
