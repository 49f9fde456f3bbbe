@testable import BriefingRender
import BriefingModel
import Foundation

/// Briefings built in code for the renderer's tests: several participants and topics, a dated
/// or an undated timeline, markup-hostile text, and a sources list long enough to span pages.
enum RenderFixture {
    /// The default style printing everything (`--detail full`): for tests of the sections and
    /// rows a brief briefing leaves out.
    static var fullStyle: Style {
        var style = Style.default
        style.detail = .full
        return style
    }

    static let title = "Arms Control & Regional Security <Weekly>"

    static func briefing(dated: Bool = true, articleCount: Int = 60) -> Briefing {
        let outlets = ["bbc.co.uk", "reuters.com", "apnews.com", "theguardian.com", "dw.com"]
        let start = Day(year: 2024, month: 3, day: 4)!
        let articles = (0..<articleCount).map { i -> ArticleDigest in
            ArticleDigest(
                id: "world/\(String(format: "%03d", i))",
                title: "Source article number \(i + 1): talks resume on treaty limits",
                date: dated && i % 7 != 6 ? start.adding(days: i % 12) : nil,
                source: i % 9 == 8 ? nil : outlets[i % outlets.count],
                url: i % 5 == 4 ? nil : "https://example.org/news/2024/03/a-rather-long-path-segment-\(i)?ref=briefing&utm=none",
                summary: ["Summary of article \(i + 1)."])
        }
        let ids = articles.map(\.id)
        let participants = [
            Participant(name: "Sergei Lavrov", kind: .person, aliases: ["Lavrov"],
                        roles: ["Russian Foreign Minister"], mentions: 42, articles: ids.slice(0, 20)),
            Participant(name: "Antony Blinken", kind: .person, aliases: ["Blinken"],
                        roles: ["US Secretary of State"], mentions: 35, articles: ids.slice(3, 18)),
            Participant(name: "NATO", kind: .organization, roles: ["military alliance"], mentions: 28,
                        articles: ids.slice(5, 25)),
            Participant(name: "Geneva", kind: .place, mentions: 12, articles: ids.slice(0, 6)),
            Participant(name: "International Atomic Energy Agency", kind: .organization,
                        aliases: ["IAEA"], roles: ["UN nuclear watchdog"], mentions: 9, articles: ids.slice(10, 14)),
        ]
        let topics = [
            Topic(label: "arms control", terms: ["treaty", "warheads", "limits"], mentions: 80, articles: ids.slice(0, 30)),
            Topic(label: "sanctions", terms: ["sanctions", "export controls"], mentions: 40, articles: ids.slice(10, 25)),
            Topic(label: "diplomacy", terms: ["talks", "summit", "envoy"], mentions: 33, articles: ids.slice(0, 12)),
            Topic(label: "energy & gas <supply>", terms: ["pipeline", "gas"], mentions: 12, articles: ids.slice(20, 26)),
            Topic(label: "cyber", terms: ["hacking"], mentions: 5, articles: ids.slice(30, 33)),
        ]
        let timeline = dated ? [
            TimelineEntry(date: start, label: "Talks open in Geneva", weight: 5, articles: ids.slice(0, 4)),
            TimelineEntry(date: start.adding(days: 1), label: "Delegations exchange draft texts", weight: 3, articles: ids.pick(5)),
            TimelineEntry(date: start.adding(days: 2), label: "Sanctions package announced", weight: 4, articles: ids.pick(6, 7)),
            TimelineEntry(date: start.adding(days: 6), label: "Talks stall over verification", weight: 4.5, articles: ids.pick(8)),
            TimelineEntry(date: start.adding(days: 11), label: "Joint statement & next round <agreed>", weight: 6, articles: ids.pick(9, 10)),
        ] : []
        let corpus = Corpus(articleCount: articleCount, sourceCount: outlets.count,
                            undatedCount: articles.filter { $0.date == nil }.count,
                            firstDay: dated ? start : nil, lastDay: dated ? start.adding(days: 11) : nil,
                            skipped: [SkippedFile(path: "world/broken.json", reason: "not valid JSON at line 3")],
                            warnings: ["world/017.txt was decoded as Windows-1252"])
        return Briefing(
            title: title,
            generated: Day(year: 2024, month: 3, day: 18)!,
            corpus: corpus,
            executiveSummary: [
                CitedSentence(text: "Negotiators resumed talks on warhead limits after a two-year pause.", articles: ids.pick(0, 2)),
                CitedSentence(text: "Prices for gas & oil rose as traders weighed sanctions < expectations.", articles: ids.pick(6)),
                CitedSentence(text: "Verification remains the sticking point, officials said.", articles: ids.pick(8, 9, 10)),
            ],
            articles: articles,
            participants: participants,
            topics: topics,
            reactions: [
                ReactionTheme(theme: "Calls for dialogue", tone: .positive, actors: ["Antony Blinken", "allies"],
                              mentions: 7, articles: ids.pick(1, 3),
                              quotes: [Quote(text: "We welcome the return to the table.", article: ids.pick(1)[0])]),
                ReactionTheme(theme: "Criticism of sanctions", tone: .negative, actors: ["Sergei Lavrov"],
                              mentions: 4, articles: ids.pick(6),
                              quotes: [Quote(text: "These measures <will not> work & never have.", article: ids.pick(6)[0]),
                                       Quote(text: "Pressure only hardens positions.", article: ids.pick(7)[0])]),
            ],
            stories: [
                Story(title: "Geneva talks", articles: ids.slice(0, 5),
                      summary: ["Delegations met in Geneva for the first time since 2022."]),
                Story(title: "Sanctions and energy", articles: ids.slice(6, 20),
                      summary: ["New sanctions targeted exports; energy markets reacted."]),
            ],
            timeline: timeline,
            timelineNote: dated ? nil : "The sources carry no dates, so no timeline can be drawn.")
    }
}

private extension Array where Element == String {
    /// Ids `from..<to`, clamped to the articles there are (small fixtures reuse the plan).
    func slice(_ from: Int, _ to: Int) -> [String] {
        Array(self[Swift.min(from, count)..<Swift.min(to, count)])
    }

    /// The ids at these positions, wrapping around in small fixtures.
    func pick(_ positions: Int...) -> [String] { positions.map { self[$0 % count] } }
}
