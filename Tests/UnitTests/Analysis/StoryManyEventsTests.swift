import Foundation
import Testing
import BriefingModel
import BriefingSources
@testable import BriefingAnalysis

/// Story grouping on a synthetic corpus of many events of uneven sizes, built from the dev data
/// when `../shared/data` is beside the checkout: the google_news events (7 gold events of 2 to
/// 8 articles, 2017) mixed into half of the BBC set (hundreds of 2004-05 reports on many
/// subjects, some sharing company and people names with the 2017 events). A method that only
/// works on one small corpus lumps the BBC articles into subjects and pulls them into the
/// google_news events; this checks it does neither.
@Suite("Stories: many events of uneven sizes")
struct StoryManyEventsTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data").path
    static let events = "\(data)/giveme5w1h/google_news/data"
    static let bbc = "\(data)/bbc/articles"
    static var present: Bool {
        FileManager.default.fileExists(atPath: events) && FileManager.default.fileExists(atPath: bbc)
    }

    /// Gold event of each google_news article, by file name without extension.
    static func gold() throws -> [String: String] {
        var out: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: events) where name.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(events)/\(name)")))
            if let category = (object as? [String: Any])?["category"] as? String { out[String(name.dropLast(5))] = category }
        }
        return out
    }

    @Test(.enabled(if: StoryManyEventsTests.present))
    func eventsStayWholeAndApartFromAYearOfOtherNews() throws {
        let gold = try Self.gold()
        let events = try CorpusReader().read([Self.events]).articles
        let reports = try CorpusReader().read([Self.bbc]).articles.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let briefing = AnalysisFixtures.analyze(events + reports)
        let eventIDs = Set(events.map(\.id))
        func goldEvent(_ id: String) -> String? { gold[(id as NSString).lastPathComponent] }

        // B-cubed over the google_news articles; any report grouped with them counts against.
        var precision = 0.0, recall = 0.0
        let storyOf = Dictionary(briefing.stories.flatMap { s in s.articles.map { ($0, s.articles) } }, uniquingKeysWith: { a, _ in a })
        for id in eventIDs {
            guard let event = goldEvent(id) else { continue }
            let group = storyOf[id] ?? [id]
            let same = group.filter { goldEvent($0) == event }.count
            precision += Double(same) / Double(group.count)
            recall += Double(same) / Double(eventIDs.filter { goldEvent($0) == event }.count)
        }
        precision /= Double(eventIDs.count); recall /= Double(eventIDs.count)
        let f1 = 2 * precision * recall / (precision + recall)
        #expect(f1 >= 0.9, "B-cubed F1 of the events among the reports: \(f1) (P \(precision), R \(recall))")

        // No subject swallows the corpus: the largest group stays a small share of it.
        let largest = briefing.stories.map(\.articles.count).max() ?? 0
        #expect(largest * 20 <= briefing.articles.count, "largest story \(largest) of \(briefing.articles.count) articles")
        // Reports 13 years older than the events are almost never grouped with them.
        let mixedIn = briefing.stories.filter { s in s.articles.contains(where: eventIDs.contains) }
            .reduce(0) { $0 + $1.articles.filter { !eventIDs.contains($0) }.count }
        #expect(mixedIn * 10 <= eventIDs.count, "\(mixedIn) reports grouped with the events")
    }
}
