import Testing
import Foundation
import BriefingModel
import BriefingSupport
@testable import BriefingAnalysis

/// Speaker attribution against 150 quotes and reported statements from the dev corpora (BBC
/// politics, Timeline17 bpoil_bbc and MJ_bbc), labelled by hand by reading each sentence with
/// its context (`Tests/Fixtures/speaker-attribution.json`; "none" where a reader cannot name a
/// speaker). Precision: of the sentences given a speaker, how many got the right one; recall:
/// of the sentences with a speaker, how many were found.
@Suite("Reactions: speaker attribution on hand-labelled dev sentences")
struct SpeakerAttributionTests {
    struct Item: Decodable {
        var id: Int
        var source: String
        var context: String
        var sentence: String
        var speaker: String
    }
    struct Fixture: Decodable { var items: [Item] }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/speaker-attribution.json")

    /// The speaker the finder gives the item's sentence, read with its context as one article.
    static func predicted(_ item: Item) -> String? {
        // Context and sentence as lines of one article; Timeline17 text is tokenised, and the
        // reader restores it (a whole article at once; these few lines, line by line).
        let raw = item.context.isEmpty ? item.sentence : item.context + "\n" + item.sentence
        let body = item.source.hasPrefix("timeline17")
            ? raw.split(separator: "\n").map { TreebankText.detokenise(String($0)) }.joined(separator: "\n") : raw
        let context = item.context.isEmpty ? "" : String(body.split(separator: "\n", maxSplits: 1)[0])
        // The sentences after the context's are the labelled one (the splitter may cut it in two).
        let first = context.isEmpty ? 0 : SentenceSplitter.split(title: "", body: context).count
        let analysis = ArticleAnalyzer.analyze(Article(id: "f", title: "", body: body, path: "f.txt"), index: 0)
        return analysis.reactions.first { $0.sentenceIndex >= first }?.actors.first
    }

    /// Same person or body: the last words agree once titles and possessives are set aside.
    static func same(_ a: String, _ b: String) -> Bool {
        func key(_ s: String) -> String {
            var w = s.lowercased().split(separator: " ").last.map(String.init) ?? ""
            for suffix in ["'s", "\u{2019}s"] where w.hasSuffix(suffix) { w = String(w.dropLast(2)) }
            return w
        }
        return key(a) == key(b)
    }

    @Test func precisionAndRecallOnHandLabelledSentences() throws {
        let items = try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: Self.fixture)).items
        #expect(items.count == 150)
        var given = 0, correct = 0, gold = 0
        var misses: [String] = []
        for item in items {
            let p = Self.predicted(item)
            let labelled = item.speaker != "none"
            if labelled { gold += 1 }
            guard let p else { if labelled { misses.append("\(item.id) missed \(item.speaker)") }; continue }
            given += 1
            if labelled && Self.same(p, item.speaker) { correct += 1 } else { misses.append("\(item.id) gave \(p) for \(item.speaker)") }
        }
        let precision = Double(correct) / Double(max(1, given)), recall = Double(correct) / Double(max(1, gold))
        print(String(format: "speaker attribution: precision %.3f (%d/%d), recall %.3f (%d/%d)",
                     precision, correct, given, recall, correct, gold))
        print(misses.joined(separator: "\n"))
        #expect(precision >= 0.90)
        #expect(recall >= 0.75)
    }
}
