import Foundation
import TestSupport
import Testing

/// `briefing tag --conll FILE [-o OUT]`: the real binary on a small CoNLL file it writes itself.
@Suite struct CoNLLTagCommandTests {
    static let input = """
    -DOCSTART- -X- -X- O

    Russian JJ B-NP O
    Foreign NNP I-NP O
    Minister NNP I-NP O
    Yevgeny NNP I-NP O
    Primakov NNP I-NP O
    visited VBD B-VP O
    Geneva NNP B-NP O
    . . O O

    -DOCSTART- -X- -X- O

    Shares NNS B-NP O
    in IN B-PP O
    Acme NNP B-NP O
    Holdings NNP I-NP O
    rose VBD B-VP O
    . . O O

    """

    @Test func everyLineComesBackWithItsTagAndTheStructureIsKept() async throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("small.conll", Self.input)
        let out = folder.path + "/tagged.conll"
        let run = try await Run(Package.binary, ["tag", "--conll", path, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let given = Self.input.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == given.count)
        let tags = lines.filter { !$0.isEmpty && !$0.hasPrefix("-DOCSTART-") }.map { String($0.split(separator: " ").last!) }
        #expect(tags == ["B-MISC", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O",
                         "O", "O", "B-ORG", "I-ORG", "O", "O"])
        #expect(lines.filter { $0.hasPrefix("-DOCSTART-") }.allSatisfy { $0 == "-DOCSTART- -X- -X- O" })
    }

    @Test func aMissingFileIsAUsageError() async throws {
        let run = try await Run(Package.binary, ["tag", "--conll", "/nonexistent/file.conll"])
        #expect(run.status != 0)
    }
}
