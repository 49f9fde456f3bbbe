import Foundation
import Testing
import BriefingModel
import BriefingSources
@testable import BriefingAnalysis

/// The key dates against the Timeline17 dev topics, when `../shared/data/timeline17` is beside
/// the checkout: Date-F1 as `shared/eval/timeline_score.py` computes it, on each whole topic and
/// on each half of it (every other article), so a ranking that only works at one corpus size
/// shows up.
@Suite("Timeline: Date-F1 on the Timeline17 dev topics")
struct TimelineDevSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/timeline17").path

    static var topics: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().filter {
            FileManager.default.fileExists(atPath: "\(folder)/\($0)/articles.jsonl")
                && FileManager.default.fileExists(atPath: "\(folder)/\($0)/timelines.jsonl")
        }
    }

    /// The scorer's protocol: for each gold timeline of K dates, the K heaviest distinct predicted
    /// days inside its first..last day against its days; F1 averaged over the gold timelines.
    static func dateF1(_ entries: [TimelineEntry], gold: [[Day]]) -> Double {
        var ranked: [Day] = []
        for e in entries.sorted(by: { $0.weight > $1.weight }) where !ranked.contains(e.date) { ranked.append(e.date) }
        let scores = gold.map { days -> Double in
            let golden = Set(days)
            guard let lo = days.min(), let hi = days.max() else { return 0 }
            let predicted = ranked.filter { $0 >= lo && $0 <= hi }.prefix(golden.count)
            let hits = Double(predicted.filter(golden.contains).count)
            guard hits > 0 else { return 0 }
            let p = hits / Double(predicted.count), r = hits / Double(golden.count)
            return 2 * p * r / (p + r)
        }
        return scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }

    static func gold(_ topic: String) throws -> [[Day]] {
        let text = try String(contentsOfFile: "\(folder)/\(topic)/timelines.jsonl", encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let pairs = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [[Any]] ?? []
            return pairs.compactMap { ($0.first as? String).flatMap { Day(iso: $0.prefix(10)) } }
        }
    }

    /// The timeline alone, as the analysis makes it: sentences, dates, ranking.
    static func timeline(_ articles: [Article]) -> [TimelineEntry] {
        let found = articles.map { a in
            DateExtractor.find(SentenceSplitter.split(title: a.title, body: a.body), published: a.date)
        }
        let dates = found.enumerated().flatMap { i, list in list.map { (article: i, date: $0) } }
        return TimelineBuilder.build(dates, articleIDs: articles.map(\.id), articleDays: articles.map(\.date),
                                     titles: articles.map(\.title)).entries
    }

    @Test(.enabled(if: !TimelineDevSetTests.topics.isEmpty))
    func keyDatesMatchTheJournalistsTimelinesOnWholeTopicsAndOnHalves() throws {
        for topic in Self.topics {
            let articles = try CorpusReader().read(["\(Self.folder)/\(topic)/articles.jsonl"]).articles
            let gold = try Self.gold(topic)
            let whole = Self.dateF1(Self.timeline(articles), gold: gold)
            #expect(whole >= 0.6, "\(topic): Date-F1 \(whole)")
            let halves = [0, 1].map { parity in
                Self.dateF1(Self.timeline(articles.enumerated().filter { $0.offset % 2 == parity }.map(\.element)), gold: gold)
            }
            #expect(halves.allSatisfy { $0 >= 0.3 } && halves.reduce(0, +) / 2 >= 0.5, "\(topic): halves \(halves)")
            // Every entry is a day or a month, and no day is listed twice.
            let days = Self.timeline(articles).filter { $0.unit == .day }.map(\.date)
            #expect(Set(days).count == days.count)
        }
    }
}
