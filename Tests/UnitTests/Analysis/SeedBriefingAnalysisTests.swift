import Testing
import Foundation
import BriefingModel
import BriefingAnalysis

/// The sample articles in `seeds/`: the behaviour the briefing promises on real, messy text.
@Suite("Analysis: the seed articles")
struct SeedBriefingAnalysisTests {
    static let seedsURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    static func seeds() throws -> [Article] {
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsURL.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { f in
            let text = try String(contentsOf: seedsURL.appendingPathComponent(f), encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let title = String(lines.removeFirst())
            return Article(id: String(f.dropLast(4)), title: title, body: lines.joined(separator: "\n"), path: f)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsURL.path)))
    func seedsYieldTheRequiredParticipantsAndNoJunk() throws {
        let articles = try Self.seeds()
        try #require(articles.count == 5)
        let b = AnalysisFixtures.analyze(articles)
        let lavrov = b.participants.filter { ([$0.name] + $0.aliases).contains { $0.contains("Lavrov") } }
        #expect(lavrov.count == 1)
        #expect(lavrov.first?.kind == .person)
        let required: [(String, Participant.Kind)] = [
            ("Antony Blinken", .person), ("Marco Rubio", .person), ("OSCE", .organization), ("NATO", .organization),
            ("United Nations", .organization), ("Russia", .place), ("United States", .place), ("Ukraine", .place),
            ("Malta", .place), ("Malaysia", .place), ("Kuala Lumpur", .place), ("Europe", .place),
        ]
        for (name, kind) in required {
            let found = AnalysisFixtures.participants(b, named: name)
            #expect(found.count == 1, "one entry for \(name)")
            #expect(found.first?.kind == kind, "\(name) is a \(kind)")
        }
        let names = AnalysisFixtures.allNames(b)
        for junk in ["Hey", "Buckle", "Alright", "Key Discussions", "The Malta Moment", "Let", "Now", "So", "Allies",
                     "Media", "Organizations", "Observers"] {
            #expect(!names.contains(junk), "\(junk) is no participant")
        }
        #expect(!b.participants.contains { $0.kind == .place && $0.roles.count > 0 })
        #expect(b.participants.first { $0.name.hasSuffix("Lavrov") }?.roles.contains("Russian Foreign Minister") == true)
        #expect(AnalysisFixtures.participants(b, named: "US").first?.name == "United States")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seedsURL.path)))
    func seedsFormTwoStoriesAndHaveNoTimeline() throws {
        let b = AnalysisFixtures.analyze(try Self.seeds())
        let groups = b.stories.map { Set($0.articles.map { String($0.prefix(3)) }) }
        #expect(groups.contains(["000", "001", "002", "003"]))
        #expect(groups.contains(["004"]))
        #expect(b.timeline.isEmpty)
        #expect(b.timelineNote != nil)
        #expect(!b.reactions.isEmpty)
        #expect(b.topics.count >= 8)
        #expect(b.reactions.allSatisfy { !$0.quotes.isEmpty && $0.quotes.count <= 2 })
    }
}
