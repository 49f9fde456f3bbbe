import BriefingKit
import BriefingModel
import BriefingRender
import Foundation
import PropertyBased
import TestSupport
import Testing

/// Hand-edited briefing models and style files: loaded and rendered, or refused by name.
@Suite struct ModelFuzzTests {
    static func model() throws -> String {
        let day = try #require(Day(year: 2024, month: 12, day: 5))
        let corpus = Corpus(articleCount: 1, sourceCount: 1, undatedCount: 0, firstDay: day, lastDay: day, skipped: [])
        let article = ArticleDigest(id: "a", title: "Talks", date: day, source: "Wire", url: "https://example.org",
                                    keyphrases: ["talks"], summary: ["Ministers met."], participants: ["Anna Weber"])
        let briefing = Briefing(title: "Week", generated: day, corpus: corpus,
                                executiveSummary: [CitedSentence(text: "Ministers met.", articles: ["a"])], articles: [article],
                                participants: [Participant(name: "Anna Weber", kind: .person, roles: ["minister"], mentions: 2, articles: ["a"])],
                                topics: [Topic(label: "talks", terms: ["talks"], mentions: 1, articles: ["a"], watched: false)],
                                reactions: [], stories: [Story(title: "Talks", articles: ["a"], summary: ["Ministers met."])],
                                timeline: [TimelineEntry(date: day, label: "Talks", weight: 1, articles: ["a"])], timelineNote: nil)
        return String(decoding: try briefing.jsonData(), as: UTF8.self)
    }

    @Test func editedModelsRenderOrAreNamed() async throws {
        let template = try Self.model()
        let folder = try TemporaryFolder()
        let path = folder.path + "/model.json"
        await FuzzBudget.check(smoke: 15, label: "model") { seed in
            FuzzBudget.write(MutatedInput.bytes(from: template, seed: seed), to: path)
            let briefing: Briefing
            do { briefing = try BriefingFile.load(path) } catch is BriefingFile.Failure { return }
            try BriefingPipeline.render(briefing, to: folder.path + "/out.pdf", style: .default)
        }
    }

    @Test func editedStylesLoadOrAreNamed() async throws {
        let folder = try TemporaryFolder()
        let template = try String(contentsOfFile: Self.stylesFolder + "/default.toml", encoding: .utf8)
        let path = folder.path + "/style.toml"
        await FuzzBudget.check(smoke: 40, label: "style") { seed in
            FuzzBudget.write(MutatedInput.bytes(from: template, seed: seed), to: path)
            do { _ = try Style.load(path: path) } catch let error as CustomStringConvertible {
                #expect(!error.description.isEmpty)
            }
        }
    }

    /// Kept crasher: toml++ aborted the run on a style whose table header holds a carriage return.
    @Test func aStyleHeaderThatAbortedTheParserIsNamed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.toml", "[page]\nsize = \"A4\"\n[\rfonts]\nbody = \"Serif\"\n")
        #expect(throws: StyleError.self) { try Style.load(path: path) }
    }

    static let stylesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("styles").path
}
