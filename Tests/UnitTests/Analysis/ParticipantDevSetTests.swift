import Foundation
import Testing
import BriefingModel
import BriefingSources
@testable import BriefingAnalysis

/// Participants at scale, on the dev corpora beside the checkout (`../shared/data`): the share of
/// hand-labelled real-world entities (`ParticipantCheck`) held as one correctly typed entry.
@Suite("Participants: one entry per entity on the dev corpora")
struct ParticipantDevSetTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data").path

    static let corpora: [String: String] = [
        "bpoil_bbc": "\(data)/timeline17/bpoil_bbc/articles.jsonl",
        "MJ_bbc": "\(data)/timeline17/MJ_bbc/articles.jsonl",
        "politics": "\(data)/bbc/articles/politics",
    ]

    static var available: Bool {
        corpora.values.allSatisfy { FileManager.default.fileExists(atPath: $0) }
    }

    @Test(.enabled(if: ParticipantDevSetTests.available))
    func mostLabelledEntitiesAreOneCorrectlyTypedEntry() throws {
        var held = 0
        for (corpus, path) in Self.corpora.sorted(by: { $0.key < $1.key }) {
            let articles = try CorpusReader().read([path]).articles
            let participants = BriefingAnalyzer().briefing(for: articles, title: corpus, generated: AnalysisFixtures.today).participants
            for entity in ParticipantCheck.entities where entity.corpus == corpus {
                if ParticipantCheck.heldAsOne(entity, in: participants) { held += 1 } else { print("not one entry: \(corpus) \(entity.name)") }
            }
        }
        let share = Double(held) / Double(ParticipantCheck.entities.count)
        print("participants held as one correctly typed entry: \(held)/\(ParticipantCheck.entities.count) = \(share)")
        // Before titles, transliterations, surnames and parties were merged: 0.72 (39 of 54).
        #expect(share >= 0.95)
    }
}
