import Testing
import Foundation
import BriefingModel
import BriefingAnalysis

/// The reaction themes of real coverage (BBC politics, the dev split, when `../shared/data` is
/// beside the checkout): every actor a participant of kind person, organisation or place, every
/// theme under a story of the briefing and named by it, every quote at least a clause.
@Suite("Reactions: BBC politics dev articles")
struct ReactionDevSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/bbc/articles/politics").path

    /// Every other article of the first 120: a corpus of several stories, quick to analyse.
    static func articles() throws -> [Article] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.prefix(120).enumerated().filter { $0.offset % 2 == 0 }.map { _, f in
            let text = try String(contentsOfFile: "\(folder)/\(f)", encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let title = String(lines.removeFirst())
            return Article(id: String(f.dropLast(4)), title: title, body: lines.joined(separator: "\n"), path: f)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: folder)))
    func themesAreAboutStoriesWithParticipantActors() throws {
        let b = AnalysisFixtures.analyze(try Self.articles())
        let kinds = Dictionary(b.participants.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        let stories = Set(b.stories.map(\.title))
        #expect(b.reactions.count >= 20)
        #expect(Set(b.reactions.compactMap(\.stance)).count >= 4, "several sides, not only statements")
        for theme in b.reactions {
            for actor in theme.actors { #expect([.person, .organization, .place].contains(kinds[actor]), "\(actor)") }
            for target in theme.targets { #expect(kinds[target] != nil, "\(target)") }
            let story = try #require(theme.story)
            #expect(stories.contains(story))
            #expect(theme.theme.hasPrefix(story + ": "))
            for quote in theme.quotes { #expect(quote.text.split(separator: " ").count >= 6, "\(quote.text)") }
        }
    }
}
