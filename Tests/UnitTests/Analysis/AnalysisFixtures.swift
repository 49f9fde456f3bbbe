import BriefingModel
import BriefingAnalysis

/// Small articles written for these tests, and helpers to analyse them.
enum AnalysisFixtures {
    static let today = Day(year: 2026, month: 1, day: 1)!

    static func article(_ id: String, _ title: String, _ body: String, date: Day? = nil, source: String? = nil) -> Article {
        Article(id: id, title: title, body: body, date: date, source: source, path: "\(id).txt")
    }

    static func analyze(_ articles: [Article]) -> Briefing {
        BriefingAnalyzer().briefing(for: articles, title: "Test briefing", generated: today)
    }

    /// The participants whose name or aliases include `name`.
    static func participants(_ b: Briefing, named name: String) -> [Participant] {
        b.participants.filter { $0.name == name || $0.aliases.contains(name) }
    }

    static func allNames(_ b: Briefing) -> Set<String> {
        Set(b.participants.flatMap { [$0.name] + $0.aliases })
    }

    /// Two articles about a minister's talks, spelling his name in several ways.
    static let diplomacy: [Article] = [
        article("a/1", "Ministers meet in Vienna",
                """
                Russian Foreign Minister Sergey Lavrov met officials in Vienna to discuss grain exports.
                Lavrov said the talks on grain exports were useful and would continue.
                Sergey Lavrov, the Russian Foreign Minister, later flew home.
                """),
        article("a/2", "Talks end without a deal",
                """
                Russia's Lavrov spoke to reporters after the talks.
                The Lavrov-Blinken meeting lasted less than an hour, officials said.
                U.S. Secretary of State Antony Blinken said the US would keep talking.
                Sergei Lavrov said little about grain exports, and Blinken left for Washington.
                """),
        article("a/3", "Senate hearing",
                """
                Senator Marco Rubio questioned the plan in a hearing in Washington.
                Observers followed the Rubio-Lavrov exchange closely, and the Senate voted on the budget.
                """),
    ]
}
