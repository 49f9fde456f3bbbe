import BriefingModel

/// The days a briefing covers (`--since`, `--until`, `--week 2024-W49`, `--last 7d`), and what
/// happens to articles without a date: kept (and counted on the cover) or dropped.
public struct ReadingWindow: Sendable, Equatable, CustomStringConvertible {
    public var since: Day?
    public var until: Day?
    public var keepUndated: Bool

    public init(since: Day? = nil, until: Day? = nil, keepUndated: Bool = true) {
        self.since = since
        self.until = until
        self.keepUndated = keepUndated
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badDay(String)
        case badWeek(String)
        case badSpan(String)
        case empty(since: Day, until: Day)

        public var description: String {
            switch self {
            case .badDay(let text): return "'\(text)' is not a day (write 2024-12-05)"
            case .badWeek(let text): return "'\(text)' is not an ISO week (write 2024-W49)"
            case .badSpan(let text): return "'\(text)' is not a span (write 7d, 2w or 1m)"
            case .empty(let since, let until): return "the window \(since) – \(until) holds no day: --since is after --until"
            }
        }
    }

    /// Whether any bound is set.
    public var isBounded: Bool { since != nil || until != nil }

    public var description: String {
        switch (since, until) {
        case let (since?, until?): return "\(since) – \(until)"
        case let (since?, nil): return "from \(since)"
        case let (nil, until?): return "until \(until)"
        default: return "all dates"
        }
    }

    public static func day(_ text: String) throws(Failure) -> Day {
        guard let day = Day(iso: text) else { throw .badDay(text) }
        return day
    }

    /// Monday to Sunday of an ISO 8601 week, e.g. `2024-W49` = 2024-12-02 – 2024-12-08.
    public static func isoWeek(_ text: String, keepUndated: Bool = true) throws(Failure) -> ReadingWindow {
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, let year = Int(parts[0]), let week = Int(parts[1]), (1...53).contains(week),
              let january4 = Day(year: year, month: 1, day: 4) else { throw .badWeek(text) }
        // Week 1 is the week with 4 January.
        let monday = january4.adding(days: -weekday(january4) + (week - 1) * 7)
        if week == 53, Day(ordinal: monday.ordinal + 3).year != year { throw .badWeek(text) }
        return ReadingWindow(since: monday, until: monday.adding(days: 6), keepUndated: keepUndated)
    }

    /// The ISO 8601 week `day` falls in, written as `isoWeek` reads it ("2011-W11"): the week
    /// belongs to the year of its Thursday.
    public static func isoWeekName(of day: Day) -> String {
        let thursday = day.adding(days: 3 - weekday(day))
        let january1 = Day(year: thursday.year, month: 1, day: 1) ?? thursday
        let week = (thursday.ordinal - january1.ordinal) / 7 + 1
        return "\(thursday.year)-W" + (week < 10 ? "0" : "") + String(week)
    }

    /// 0 for Monday ... 6 for Sunday (ordinal 0, 1970-01-01, was a Thursday).
    private static func weekday(_ day: Day) -> Int { ((day.ordinal + 3) % 7 + 7) % 7 }

    /// The last N days, weeks or months ending on `today` (inclusive): `7d`, `2w`, `1m`.
    public static func last(_ text: String, endingOn today: Day, keepUndated: Bool = true) throws(Failure) -> ReadingWindow {
        guard let unit = text.last, let count = Int(text.dropLast()), count > 0 else { throw .badSpan(text) }
        let perUnit: Int
        switch unit {
        case "d": perUnit = 1
        case "w": perUnit = 7
        case "m": perUnit = 30
        default: throw .badSpan(text)
        }
        // A span longer than Int can count reaches back past the calendar's first day anyway.
        let (product, overflow) = count.multipliedReportingOverflow(by: perUnit)
        let days = overflow ? Int.max : product
        return ReadingWindow(since: today.adding(days: -(days - 1)), until: today, keepUndated: keepUndated)
    }

    public func validated() throws(Failure) -> ReadingWindow {
        if let since, let until, since > until { throw .empty(since: since, until: until) }
        return self
    }

    /// What the window did to a corpus, for the cover.
    public struct Outcome: Sendable {
        public var articles: [Article]
        public var outside: Int
        public var undatedKept: Int
        public var undatedDropped: Int
    }

    public func apply(to articles: [Article]) -> Outcome {
        var outcome = Outcome(articles: [], outside: 0, undatedKept: 0, undatedDropped: 0)
        for article in articles {
            guard let date = article.date else {
                if keepUndated {
                    outcome.undatedKept += 1
                    outcome.articles.append(article)
                } else {
                    outcome.undatedDropped += 1
                }
                continue
            }
            if let since, date < since { outcome.outside += 1; continue }
            if let until, date > until { outcome.outside += 1; continue }
            outcome.articles.append(article)
        }
        return outcome
    }
}
