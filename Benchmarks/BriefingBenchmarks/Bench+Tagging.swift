import BriefingKit
import Foundation

extension Bench {
    /// Name tagging speed on one core, in tokens per second: the CoNLL-2003 dev tokens (first
    /// column only) tagged as documents, best of several passes. The lexicons are built first,
    /// so the figure is tagging alone; reading and writing the file are not counted.
    func tagging(passes: Int = 5) throws {
        let path = data + "/conll2003/valid.txt"
        guard let bytes = FileManager.default.contents(atPath: path) else {
            return print("tagging: skipped (\(path) not present)")
        }
        var documents: [[[String]]] = []
        var document: [[String]] = []
        var sentence: [String] = []
        var tokens = 0
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let token = line.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            if token.isEmpty || token == "-DOCSTART-" {
                if !sentence.isEmpty { document.append(sentence); sentence = [] }
                if token == "-DOCSTART-", !document.isEmpty { documents.append(document); document = [] }
                continue
            }
            sentence.append(token)
            tokens += 1
        }
        if !sentence.isEmpty { document.append(sentence) }
        if !document.isEmpty { documents.append(document) }
        CoNLLTagger.prepare()
        let tagger = CoNLLTagger()
        let (seconds, tagged) = time(runs: passes) { tagger.tag(documents: documents) }
        print(String(format: "tagging: %d tokens in %d documents in %.4f s = %.0f tokens/s (one core)",
                     tokens, tagged.count, seconds, Double(tokens) / seconds))
    }
}
