import Testing
import BriefingModel
@testable import BriefingAnalysis

/// The corpus-level merge rules on hand-built name statistics: run-together furniture, lone
/// given names, geographic heads, shouted headlines; and the participants' order by breadth.
@Suite("Names: merge rules over a corpus")
struct AliasMergeRuleTests {
    /// (written form, mentions, articles, person / organisation / place hints, roles)
    typealias Row = (surface: String, mentions: Int, articles: [Int], person: Int, org: Int, place: Int)

    static func merge(_ rows: [Row], roles: [String: [String: Int]] = [:]) -> AliasMerger.Result {
        var agg = CorpusAggregate()
        for r in rows {
            var st = CorpusAggregate.NameStats()
            st.mentions = r.mentions
            st.nonInitial = r.mentions
            st.articles = r.articles
            (st.person, st.organization, st.place) = (r.person, r.org, r.place)
            st.roles = roles[r.surface] ?? [:]
            agg.names[r.surface] = st
        }
        agg.documents = (rows.flatMap(\.articles).max() ?? 0) + 1
        return AliasMerger.merge(agg, articleIDs: (0..<agg.documents).map { "a/\($0)" })
    }

    static func holder(_ r: AliasMerger.Result, _ form: String) -> Participant? {
        r.participants.first { $0.name == form || $0.aliases.contains(form) }
    }

    @Test func aPersonRunTogetherWithFurnitureCountsForThePersonAndIsNeverShown() throws {
        let r = Self.merge([("Robert Peston", 5, [0, 1], 5, 0, 0), ("Peston", 3, [0], 0, 0, 0),
                            ("End Quote Robert Peston BBC", 2, [1, 2], 0, 2, 0)])
        let peston = try #require(Self.holder(r, "Robert Peston"))
        #expect(peston.kind == .person)
        #expect(peston.mentions == 10)
        #expect(peston.articles == ["a/0", "a/1", "a/2"])
        #expect(!peston.aliases.contains { $0.contains("Quote") })
        #expect(r.canonical["End Quote Robert Peston BBC"] == "Robert Peston")
        #expect(!r.participants.contains { $0.name.contains("Quote") })
    }

    /// A company's legal form or group name is the company; a person or a place with such a
    /// word after it is not joined, nor a designator name whose bare form the coverage never uses.
    @Test func aCompanysLegalFormJoinsItsName() throws {
        let r = Self.merge([("Volkswagen", 9, [0, 1, 2], 0, 5, 0), ("Volkswagen Group", 3, [1, 3], 0, 2, 0),
                            ("Volkswagen AG", 2, [4], 0, 2, 0), ("Halden Group", 2, [5], 0, 2, 0),
                            ("Paris", 4, [0, 6], 0, 0, 4), ("Paris Group", 2, [6], 0, 2, 0),
                            ("Tim Marlow", 5, [7, 8], 5, 0, 0), ("Marlow", 3, [7], 0, 0, 0), ("Marlow Inc", 2, [9], 0, 2, 0)])
        let vw = try #require(Self.holder(r, "Volkswagen"))
        #expect(vw.articles == ["a/0", "a/1", "a/2", "a/3", "a/4"])
        #expect(Self.holder(r, "Volkswagen AG")?.name == vw.name && Self.holder(r, "Volkswagen Group")?.name == vw.name)
        #expect(Self.holder(r, "Halden Group")?.name == "Halden Group")
        #expect(Self.holder(r, "Paris Group")?.name != Self.holder(r, "Paris")?.name)
        #expect(Self.holder(r, "Marlow")?.name == "Tim Marlow" && Self.holder(r, "Marlow Inc")?.name != "Tim Marlow")
    }

    /// A name in both orders within one article (here through the surname alone) is one person;
    /// swapped names that never meet in an article stay two.
    @Test func aNameInBothOrdersInOneArticleIsOnePerson() {
        let r = Self.merge([("Shinzo Abe", 6, [0, 1], 6, 0, 0), ("Abe", 3, [0, 4], 0, 0, 0), ("Abe Shinzo", 2, [4], 0, 0, 0),
                            ("Thomas James", 3, [2], 3, 0, 0), ("James Thomas", 3, [3], 3, 0, 0),
                            ("Owen Hugh", 1, [5], 1, 0, 0), ("Hugh Owen", 1, [5], 1, 0, 0)])
        #expect(Self.holder(r, "Abe Shinzo")?.name == "Shinzo Abe")
        #expect(Self.holder(r, "Owen Hugh")?.name != Self.holder(r, "Hugh Owen")?.name)
        #expect(Self.holder(r, "James Thomas")?.name != Self.holder(r, "Thomas James")?.name)
    }

    @Test func holidaysAreNoParticipants() {
        let r = Self.merge([("Christmas", 6, [0, 1, 2], 0, 0, 0), ("New Year", 4, [1, 2], 0, 0, 0),
                            ("Tony Blair", 4, [0], 4, 0, 0)])
        #expect(Self.holder(r, "Christmas") == nil)
        #expect(Self.holder(r, "New Year") == nil)
        #expect(Self.holder(r, "Tony Blair") != nil)
    }

    @Test func aFullNameTypedAPersonByItsMentionsIsFoundInsideFurnitureToo() throws {
        let r = Self.merge([("La Toya Jackson", 6, [0, 1], 6, 0, 0), ("End Quote La Toya Jackson", 2, [2], 0, 0, 0)])
        #expect(r.canonical["End Quote La Toya Jackson"] == "La Toya Jackson")
    }

    @Test func aPersonsNameInsideAnOrganisationsNameOrBesideAnotherPersonStaysApart() {
        let r = Self.merge([("Michael Jackson", 9, [0, 1], 9, 0, 0), ("Michael Jackson Foundation", 2, [1], 0, 2, 0),
                            ("Tony Blair", 4, [0], 4, 0, 0), ("Gordon Brown", 4, [0], 4, 0, 0),
                            ("Tony Blair Gordon Brown", 1, [0], 0, 0, 0)])
        #expect(r.canonical["Michael Jackson Foundation"] != "Michael Jackson")
        #expect(r.canonical["Tony Blair Gordon Brown"] != "Tony Blair")
        #expect(r.canonical["Tony Blair Gordon Brown"] != "Gordon Brown")
    }

    @Test func aLoneGivenNameJoinsTheOneFullNameItsArticlesIntroduce() throws {
        let r = Self.merge([("Jermaine Jackson", 10, [0, 1, 2], 10, 0, 0), ("Jermaine", 6, [1, 2], 3, 0, 0)])
        let jermaine = try #require(Self.holder(r, "Jermaine"))
        #expect(jermaine.name == "Jermaine Jackson")
        #expect(jermaine.mentions == 16)
    }

    @Test func aLoneGivenNameTwoFullNamesShareStaysAlone() {
        let r = Self.merge([("Michael Jackson", 50, [0, 1, 2, 3], 50, 0, 0), ("Michael Pastor", 10, [1, 2, 3], 10, 0, 0),
                            ("Michael", 8, [0, 1, 2, 3], 8, 0, 0)])
        #expect(Self.holder(r, "Michael")?.name == "Michael")
    }

    @Test func aTitledGivenNameIsANameOfItsOwn() {
        let r = Self.merge([("Michael Jackson", 50, [0, 1, 2, 3], 50, 0, 0), ("Michael", 8, [0, 1, 2, 3], 8, 0, 0)],
                           roles: ["Michael": ["Prince": 8]])
        #expect(Self.holder(r, "Michael")?.name == "Michael")
    }

    @Test func amongSeveralFullNamesTheOneFarMorePresentTakesTheGivenName() throws {
        let r = Self.merge([("Katherine Jackson", 9, [0, 1, 2], 9, 0, 0), ("Katherine Jenkins", 2, [5], 2, 0, 0),
                            ("Katherine", 8, [0, 1, 2, 3, 4, 5], 8, 0, 0)])
        #expect(Self.holder(r, "Katherine")?.name == "Katherine Jackson")
    }

    @Test func aGivenNameTitledInAFewMentionsJoinsWithoutThatTitle() throws {
        let r = Self.merge([("Michael Jackson", 50, [0, 1, 2, 3], 50, 0, 0), ("Michael", 20, [0, 1, 2, 3], 20, 0, 0)],
                           roles: ["Michael": ["Prince": 2], "Michael Jackson": ["Singer": 3]])
        let jackson = try #require(Self.holder(r, "Michael"))
        #expect(jackson.name == "Michael Jackson")
        #expect(!jackson.roles.contains("Prince"))
    }

    @Test func aGeographicHeadAloneJoinsTheOnePlaceItHeads() throws {
        let r = Self.merge([("Gulf of Mexico", 50, [0, 1, 2], 0, 0, 40), ("Gulf of Sirte", 1, [3], 0, 0, 1),
                            ("Gulf", 30, [1, 2], 0, 0, 20)])
        let gulf = try #require(Self.holder(r, "Gulf"))
        #expect(gulf.name == "Gulf of Mexico")
        #expect(gulf.kind == .place)
        let two = Self.merge([("Gulf of Mexico", 50, [0, 1, 2], 0, 0, 40), ("Gulf of Aden", 20, [3], 0, 0, 20),
                              ("Gulf", 30, [1, 2], 0, 0, 20)])
        #expect(Self.holder(two, "Gulf")?.name == "Gulf")
    }

    @Test func shoutedHeadlinesAreNoParticipantsButANameInCapitalsIs() {
        let r = Self.merge([("CAP FOR LEAKING OIL WELL", 40, [0, 1, 2], 0, 40, 0), ("BP OIL SPILL", 2, [1], 0, 2, 0),
                            ("BBC Radio", 9, [0, 1], 0, 9, 0), ("BBC RADIO", 3, [2], 0, 3, 0),
                            ("GRIFFITH EVANS", 3, [1], 0, 0, 0)])
        #expect(Self.holder(r, "CAP FOR LEAKING OIL WELL") == nil)
        #expect(Self.holder(r, "BP OIL SPILL") == nil)
        #expect(Self.holder(r, "BBC RADIO")?.name == "BBC Radio")
        #expect(Self.holder(r, "GRIFFITH EVANS") != nil)
    }

    @Test func participantsAreRankedByBreadthAndOneOffsLeaveALargeCorpus() {
        let ids = (0..<30).map { "a/\($0)" }
        let sources: [String?] = ids.indices.map { $0 % 3 == 0 ? "bbc" : "cnn" }
        let listed = Participant(name: "Listed Person", kind: .person, mentions: 90, articles: ["a/0", "a/3"])
        let actor = Participant(name: "Real Actor", kind: .person, mentions: 20, articles: ["a/0", "a/1", "a/2"])
        let once = Participant(name: "Named Once", kind: .person, mentions: 1, articles: ["a/5"])
        let ranked = ParticipantRanking.rank([listed, once, actor], articleIDs: ids, sources: sources)
        #expect(ranked.map(\.name) == ["Real Actor", "Listed Person"])
        // A handful of articles keeps every name.
        let small = ParticipantRanking.rank([listed, once, actor], articleIDs: Array(ids.prefix(6)), sources: sources)
        #expect(small.map(\.name) == ["Real Actor", "Listed Person", "Named Once"])
        // A name the briefing refers to elsewhere (a reaction's actor) stays.
        let named = ParticipantRanking.rank([listed, once, actor], articleIDs: ids, sources: sources, named: ["Named Once"])
        #expect(named.map(\.name) == ["Real Actor", "Listed Person", "Named Once"])
    }

    @Test func anAcronymOfTheOtherRoleIsNoConflictButAnotherOfficeIs() {
        let ceo = RoleSource(role: "BP CEO", articles: ["a/1"]), chief = RoleSource(role: "BP Chief Executive", articles: ["a/2"])
        #expect(RoleSourceBuilder.conflicts([ceo, chief]).isEmpty)
        let senator = RoleSource(role: "Senator", articles: ["a/1"]), secretary = RoleSource(role: "Secretary of State", articles: ["a/2"])
        #expect(RoleSourceBuilder.conflicts([senator, secretary]).count == 1)
    }

    @Test func ordinaryWordsBeforeATitleAreAPageLabelNoPartOfTheRole() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("q/1", "Oil spill", "The leak went on. End Quote President Barack Obama said the firm would pay. Obama spoke again."),
        ])
        let obama = try #require(AnalysisFixtures.participants(b, named: "Barack Obama").first)
        #expect(!obama.roles.contains { $0.contains("Quote") })
        #expect(!AnalysisFixtures.allNames(b).contains("End Quote"))
    }
}

@Suite("Names: an Arabic article before a name")
struct ArticlePrefixTests {
    @Test func aLowerCaseArticleBeforeACapitalIsPartOfTheName() throws {
        #expect(NameTagger.hasArticlePrefix("al-Assad"))
        #expect(NameTagger.hasArticlePrefix("el-Sisi"))
        #expect(!NameTagger.hasArticlePrefix("al-qaeda"))
        #expect(!NameTagger.hasArticlePrefix("all-Stars"))
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("s/1", "Syria", "President Bashar al-Assad sent troops to Homs. Bashar Al Assad has ruled since 2000. Mr Assad spoke on television."),
        ])
        let assad = try #require(AnalysisFixtures.participants(b, named: "Bashar al-Assad").first
            ?? AnalysisFixtures.participants(b, named: "Bashar Al Assad").first)
        #expect(Set([assad.name] + assad.aliases).isSuperset(of: ["Bashar al-Assad", "Bashar Al Assad", "Assad"]))
        #expect(!b.participants.contains { $0.name == "Bashar" })
        #expect(assad.mentions == 3)
    }
}

@Suite("Names: which roles disagree")
struct RoleConflictRuleTests {
    @Test func aWordCutShortOrAPlaceOfSeveralWordsIsNoOtherOffice() {
        let prof = RoleSource(role: "Prof", articles: ["a/1"]), professor = RoleSource(role: "Professor", articles: ["a/2"])
        #expect(RoleSourceBuilder.conflicts([prof, professor]).isEmpty)
        let judge = RoleSource(role: "Superior Court Judge", articles: ["a/1"])
        let placed = RoleSource(role: "Los Angeles Judge", articles: ["a/2"])
        #expect(RoleSourceBuilder.conflicts([judge, placed]).isEmpty)
        let general = RoleSource(role: "Gen", articles: ["a/1"]), president = RoleSource(role: "President", articles: ["a/2"])
        #expect(RoleSourceBuilder.conflicts([general, president]).count == 1)
    }

    @Test func aHeadlineRunIntoTheTextIsStillShouting() {
        #expect(NameGraph.isShoutedPhrase("CAP FOR LEAKING OIL WELL Engineers"))
        #expect(NameGraph.isShoutedPhrase("BP OIL SPILL"))
        #expect(!NameGraph.isShoutedPhrase("BBC Radio"))
        #expect(!NameGraph.isShoutedPhrase("GRIFFITH EVANS"))
        #expect(!NameGraph.isShoutedPhrase("US Coast Guard"))
    }
}
