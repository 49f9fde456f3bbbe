import BriefingArchive
import BriefingModel
import BriefingSources

/// What `history` lists and `analyze --period` reads back from the archive.
public enum BriefingHistory {
    public enum Failure: Error, CustomStringConvertible {
        case noSuchPeriod(archive: String, period: String, known: [String])

        public var description: String {
            switch self {
            case .noSuchPeriod(let archive, let period, let known):
                return "\(archive): no archived briefing in \(period)"
                    + (known.isEmpty ? " (the archive is empty)" : "; archived: \(known.joined(separator: ", "))")
            }
        }
    }

    /// One line a period, newest first: "2011-03-14 – 2011-03-20  2011-W11  42 articles  Title".
    public static func lines(archive: String) throws -> [String] {
        try BriefingArchive(path: archive).periods().map { p in
            [p.period, p.first.map(ReadingWindow.isoWeekName(of:)) ?? "", "\(p.articles) articles", p.title].joined(separator: "  ")
        }
    }

    /// The archived model of the period that starts in ISO week `week` (`2011-W11`).
    public static func model(archive: String, week: String) throws -> Briefing {
        let window = try ReadingWindow.isoWeek(week)
        let store = try BriefingArchive(path: archive)
        let periods = try store.periods()
        func inWeek(_ day: Day) -> Bool { day >= (window.since ?? day) && day <= (window.until ?? day) }
        guard let match = periods.first(where: { p in p.first.map(inWeek) ?? false }) else {
            throw Failure.noSuchPeriod(archive: archive, period: week, known: periods.map(\.period))
        }
        return try store.model(of: match)
    }
}
