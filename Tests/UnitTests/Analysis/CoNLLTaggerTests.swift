import Foundation
import Testing
@testable import BriefingAnalysis

/// The name tagger on CoNLL-style input: line handling, typing rules, document evidence, and
/// the dev-set score when `../shared/data/conll2003` is beside the checkout.
@Suite("Analysis: CoNLL tagger")
struct CoNLLTaggerTests {
    /// Tags one document given as sentences of space-separated tokens.
    static func tags(_ sentences: [String]) -> [[String]] {
        CoNLLTagger().tag(documents: [sentences.map { $0.split(separator: " ").map(String.init) }])[0]
    }

    @Test func linesComeBackWithATagAppendedAndStructureKept() {
        let input: [Substring] = ["-DOCSTART- -X- -X- O", "", "Blair NNP B-NP B-PER", "spoke VBD B-VP O", ". . O O",
                                  "", "-DOCSTART- -X- -X- O", "", "Paris NNP B-NP B-LOC", ""]
        let out = CoNLLTagger().tag(lines: input)
        #expect(out.count == input.count)
        #expect(out[0] == "-DOCSTART- -X- -X- O")
        #expect(out[1] == "")
        #expect(out[2].hasPrefix("Blair NNP B-NP B-PER "))
        #expect(out[3] == "spoke VBD B-VP O O")
        #expect(out[8] == "Paris NNP B-NP B-LOC B-LOC")
        #expect(out[9] == "")
    }

    @Test func titlePhrasesSplitIntoNationalityAndPerson() {
        let t = Self.tags(["Russian Foreign Minister Yevgeny Primakov met U.S. Secretary of State Warren Christopher in Geneva ."])[0]
        #expect(t == ["B-MISC", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"])
    }

    @Test func organisationsByHeadWordsAndJoinedOverOf() {
        let t = Self.tags(["Shares in the Bank of England and Acme Holdings rose , said Xavier Quelch ."])[0]
        #expect(Array(t[3...5]) == ["B-ORG", "I-ORG", "I-ORG"])
        #expect(Array(t[7...8]) == ["B-ORG", "I-ORG"])
        #expect(Array(t[12...13]) == ["B-PER", "I-PER"])
    }

    @Test func sentenceStartWordsAndHeadlineWordsAreNotNames() {
        let t = Self.tags(["RUSSIA AND CHINA SIGN BORDER PACT .", "Police said the talks in Moscow went well ."])
        #expect(t[0] == ["B-LOC", "O", "B-LOC", "O", "O", "O", "O"])
        #expect(t[1][0] == "O")
        #expect(t[1][5] == "B-LOC")
    }

    @Test func aConfidentMentionTypesTheOthersInItsDocument() {
        // "Zorvath" is in no list: the title types it once, the document types the rest.
        let t = Self.tags(["Senator Zorvath opposed the bill .", "Zorvath , 61 , spoke for an hour ."])
        #expect(t[0][1] == "B-PER")
        #expect(t[1][0] == "B-PER")
    }

    @Test func surnameAloneFollowsTheFullName() {
        let t = Self.tags(["Talks between Piet Oxendale and Marta Vulkova ended .", "Vulkova left early ."])
        #expect(Array(t[0][2...3]) == ["B-PER", "I-PER"])
        #expect(t[1][0] == "B-PER")
    }

    @Test func nationalitiesAndGluedNamesAreOther() {
        let t = Self.tags(["The Iraqi army and U.S.-based firms met Kurds ."])[0]
        #expect(t[1] == "B-MISC")
        #expect(t[4] == "B-MISC")
        #expect(t[7] == "B-MISC")
    }

    @Test func townsNameTeamsInSportReports() {
        let t = Self.tags(["SOCCER - LEAGUE RESULTS .", "LONDON 1996-08-30", "Results of league matches :",
                           "Barnsley 2 Portsmouth 1"])
        #expect(t[1][0] == "B-LOC")
        #expect(t[3][0] == "B-ORG")
        #expect(t[3][2] == "B-ORG")
    }

    @Test func partiesAloneAreBodiesAndPronounsAndPluralsAreNoNames() {
        let t = Self.tags(["He said Labour and the Tories lost seats to MPs .", "I'm sure , said Quelch ."])
        #expect(t[0][2] == "B-ORG")
        #expect(t[0][5] == "B-ORG")
        #expect(t[0][9] == "O")
        #expect(t[1][0] == "O")
    }

    @Test func longOrganisationNamesRunOverAndBeforeACompoundAtASentenceStart() {
        let t = Self.tags(["( Organization for Security and Co-operation in Europe ) met .", "Its organization was praised ."])[0]
        #expect(Array(t[1...7]) == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"])
    }

    @Test func aWordNeverWrittenInLowerCaseStartsANameBeforeAnUnknownWord() {
        let t = Self.tags(["Brad Quelch , from the group , spoke .", "Former England captain Dunmore Kettering left ."])
        #expect(Array(t[0][0...1]) == ["B-PER", "I-PER"])
        #expect(t[1][0] == "O")
    }

    // MARK: the dev set

    static let conll = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/conll2003/valid.txt").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CoNLLTaggerTests.conll)))
    func devSetCoreF1ReachesTheTarget() throws {
        let text = try String(contentsOfFile: Self.conll, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let out = CoNLLTagger().tag(lines: Array(lines))
        #expect(out.count == lines.count)
        let score = CoNLLScore(gold: lines.map { $0.split(separator: " ").last.map(String.init) ?? "" },
                               predicted: out.map { $0.split(separator: " ").last.map(String.init) ?? "" })
        #expect(score.coreF1 >= 0.75, "core F1 \(score.coreF1)")
    }
}
