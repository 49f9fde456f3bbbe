import Testing
@testable import BriefingAnalysis

/// Mentions kept by participant number once names are merged (`ParticipantNumbering`,
/// `ArticleNames`), and the builders that read them.
@Suite("Analysis: article names by participant number")
struct ArticleNamesTests {
    let numbering = ParticipantNumbering(canonical: [
        "Lavrov": "Sergey Lavrov", "Sergei Lavrov": "Sergey Lavrov", "Sergey Lavrov": "Sergey Lavrov",
        "Rubio": "Marco Rubio", "Malaysia": "Malaysia",
    ])

    @Test func formsOfOneParticipantShareANumberInNameOrder() throws {
        #expect(numbering.names == ["Malaysia", "Marco Rubio", "Sergey Lavrov"])
        let lavrov = try #require(numbering.number(of: "Lavrov"))
        #expect(numbering.number(of: "Sergei Lavrov") == lavrov)
        #expect(numbering.name(lavrov) == "Sergey Lavrov")
        #expect(numbering.number(of: "Buckle") == nil)
        #expect(numbering.name(of: "Sergei Lavrov") == "Sergey Lavrov")
        #expect(numbering.name(of: "Buckle") == nil)
    }

    @Test func keepsBodyMentionsAndRolesOfParticipantsOnly() {
        var counts: [Int32: Int] = [:]
        let names = ArticleNames([
            .init(surface: "Rubio", role: "Secretary of State", sentence: 0, inHeading: true),
            .init(surface: "Lavrov", role: nil, sentence: 2, inHeading: false),
            .init(surface: "Buckle", role: "Mayor", sentence: 2, inHeading: false),
            .init(surface: "Malaysia", role: nil, sentence: 3, inHeading: false),
        ], numbering: numbering, counts: &counts)
        #expect(names.inSentences == [.init(participant: 2, sentence: 2), .init(participant: 0, sentence: 3)])
        #expect(names.roles == [.init(participant: 1, role: "Secretary of State")])
        #expect(counts == [0: 1, 1: 1, 2: 1])
    }

    @Test func pairsAndRolesAreNamedAgain() {
        let articles = [
            ArticleNames(inSentences: [.init(participant: 2, sentence: 1), .init(participant: 1, sentence: 1)],
                         roles: [.init(participant: 1, role: "Secretary of State")]),
            ArticleNames(inSentences: [.init(participant: 1, sentence: 4), .init(participant: 2, sentence: 4),
                                       .init(participant: 0, sentence: 5)]),
        ]
        let pairs = CooccurrenceBuilder.build(names: articles, numbering: numbering, articleIDs: ["a/1", "a/2"])
        #expect(pairs.count == 1)
        #expect(pairs.first?.a == "Marco Rubio")
        #expect(pairs.first?.b == "Sergey Lavrov")
        #expect(pairs.first?.articles == ["a/1", "a/2"])
        let roles = RoleSourceBuilder.collect(articles, numbering: numbering)
        #expect(roles["Marco Rubio"]?.values.first?.articles == [0])
        #expect(roles["Sergey Lavrov"] == nil)
    }
}
