import Testing
import BriefingModel
@testable import BriefingAnalysis

@Suite("Analysis: participants")
struct AnalysisParticipantTests {
    let briefing = AnalysisFixtures.analyze(AnalysisFixtures.diplomacy)

    @Test func spellingVariantsSurnameAndPossessiveMergeIntoOnePerson() throws {
        let lavrovs = briefing.participants.filter { p in
            ([p.name] + p.aliases).contains { $0.contains("Lavrov") }
        }
        #expect(lavrovs.count == 1)
        let lavrov = try #require(lavrovs.first)
        #expect(lavrov.kind == .person)
        #expect(["Sergey Lavrov", "Sergei Lavrov"].contains(lavrov.name))
        let forms = Set([lavrov.name] + lavrov.aliases)
        #expect(forms.isSuperset(of: ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"]))
        // Every article names him: a/2 only as "Russia's Lavrov", "Lavrov-Blinken" and "Sergei".
        #expect(lavrov.articles == ["a/1", "a/2", "a/3"])
        // 3 in a/1, 3 in a/2 (possessive, pair, Sergei), 1 in a/3 (pair).
        #expect(lavrov.mentions == 7)
    }

    /// "North Korean missiles" is an adjective of the country, not a participant of its own.
    @Test func aTwoWordDemonymIsNoParticipant() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("k/1", "Launch condemned",
                "North Korean missiles flew over the sea on Monday. North Korea said the test was a success. "
                + "South African diplomats and the North Korean embassy declined to comment."),
        ])
        let names = b.participants.flatMap { [$0.name] + $0.aliases }
        #expect(names.contains("North Korea"))
        #expect(!names.contains("North Korean") && !names.contains("South African"))
    }

    @Test func hyphenatedPairsCountForEachSide() throws {
        let blinken = try #require(AnalysisFixtures.participants(briefing, named: "Antony Blinken").first)
        // "Lavrov-Blinken", "Antony Blinken", "Blinken".
        #expect(blinken.mentions == 3)
        let a3 = try #require(briefing.article(withID: "a/3"))
        #expect(a3.participants.contains { $0.contains("Lavrov") })
        #expect(a3.participants.contains("Marco Rubio"))
    }

    @Test func rolesAreBoundToPeople() throws {
        let lavrov = try #require(briefing.participants.first { $0.name.hasSuffix("Lavrov") })
        #expect(lavrov.roles.contains("Russian Foreign Minister"))
        let blinken = try #require(AnalysisFixtures.participants(briefing, named: "Antony Blinken").first)
        #expect(blinken.roles.contains("U.S. Secretary of State"))
        let rubio = try #require(AnalysisFixtures.participants(briefing, named: "Marco Rubio").first)
        #expect(rubio.roles.contains("Senator"))
        // A role is never a participant of its own.
        #expect(!AnalysisFixtures.allNames(briefing).contains("Russian Foreign Minister"))
    }

    @Test func countrySpellingsAreOnePlace() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("p/1", "Trade", "Exports from the U.S. grew. The US economy and the United States Congress gained."),
        ])
        let us = AnalysisFixtures.participants(b, named: "United States")
        #expect(us.count == 1)
        #expect(us.first?.kind == .place)
        let usAliases = Set(us.first?.aliases ?? [])
        #expect(usAliases.isSuperset(of: ["U.S.", "US"]))
    }

    @Test func acronymsMergeWithTheirExpansion() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("o/1", "Security body meets",
                                     "The Organization for Security and Co-operation in Europe (OSCE) met in Malta. The OSCE said little. The United Nations sent observers, and the UN welcomed the talks."),
        ])
        let osce = AnalysisFixtures.participants(b, named: "OSCE")
        #expect(osce.count == 1)
        #expect(osce.first?.kind == .organization)
        #expect(osce.first?.name == "Organization for Security and Co-operation in Europe")
        let un = AnalysisFixtures.participants(b, named: "UN")
        #expect(un.count == 1)
        #expect(un.first?.name == "United Nations")
    }

    @Test func anOrganisationWithoutItsOwnerJoinsTheOneOwnedName() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("c/1", "Council meets",
                                     "The OSCE Ministerial Council opened in Valletta. Delegates said the Ministerial Council would vote on Friday."),
            AnalysisFixtures.article("c/2", "Council ends",
                                     "The Ministerial Council closed without a declaration, the OSCE said."),
            AnalysisFixtures.article("c/3", "Two councils",
                                     "The UN Security Council and the Russian Security Council met. The Security Council vote was delayed."),
        ])
        let council = AnalysisFixtures.participants(b, named: "Ministerial Council")
        #expect(council.count == 1)
        #expect(council.first?.name == "OSCE Ministerial Council")
        // Two owners for one short form: the short form stays on its own.
        let security = AnalysisFixtures.participants(b, named: "Security Council")
        #expect(security.first?.name == "Security Council", "\(security.map(\.name))")
    }

    @Test func sentenceStartWordsAndHeadingsAreNotNames() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("s/1", "Summit Preview: What To Expect",
                                     """
                                     Hey everyone! Buckle up, because the summit in Geneva is near.
                                     Key Discussions and Topics
                                     Alright, let's look at the agenda. Now, the ministers will meet in Geneva.
                                     Let them talk. Ministers from Kenya will attend as well.
                                     """),
        ])
        let names = AnalysisFixtures.allNames(b)
        for junk in ["Hey", "Buckle", "Alright", "Now", "Let", "Key Discussions", "Key Discussions and Topics",
                     "Summit Preview", "What To Expect", "Ministers"] {
            #expect(!names.contains(junk), "\(junk) is not a participant")
        }
        #expect(names.contains("Geneva"))
        #expect(names.contains("Kenya"))
    }

    @Test func peopleAreNeverTypedAsPlaces() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("k/1", "Visit",
                                     "Prime Minister Jacinta Oduya arrived in Malaysia on a visit. In Oduya's view the visit went well. The talks in Oduya's office lasted long. Officials in Kuala Lumpur agreed."),
        ])
        let oduya = try #require(AnalysisFixtures.participants(b, named: "Jacinta Oduya").first)
        #expect(oduya.kind == .person)
        #expect(oduya.aliases.contains("Oduya"))
        #expect(oduya.roles.contains("Prime Minister"))
        #expect(AnalysisFixtures.participants(b, named: "Kuala Lumpur").first?.kind == .place)
        #expect(AnalysisFixtures.participants(b, named: "Malaysia").first?.kind == .place)
    }

    /// A name in a list of other outlets' headlines ("San Francisco Chronicle BP uses giant
    /// shears...") must not swallow a company the whole corpus names on its own.
    @Test func aWordWithALifeOfItsOwnIsNoSurname() throws {
        var articles = (0..<30).map { i in
            AnalysisFixtures.article("bp/\(i)", "Spill day \(i)",
                                     "Engineers at Vextron worked on the well. Vextron said the cap held. Officials praised Zorvath Ingredo.")
        }
        articles.append(AnalysisFixtures.article("bp/list", "Other sources",
                                                 "Elsewhere on the web: San Francisco Chronicle Vextron uses giant shears to cut the pipe."))
        let b = AnalysisFixtures.analyze(articles)
        let company = try #require(AnalysisFixtures.participants(b, named: "Vextron").first)
        #expect(company.mentions >= 60)
        #expect(!b.participants.contains { $0.aliases.contains("Vextron") })
    }

    /// "the Police" ends "Thames Valley Police" but is no surname: a lone common word the corpus
    /// writes more often in lower case is no participant unless it ends a person's name.
    @Test func aCommonWordEndingABodysNameIsNoParticipantAlone() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("p/1", "Arrest",
                                     "Thames Valley Police arrested a man. Officers said the Police would say more, and police patrols rose."),
            AnalysisFixtures.article("p/2", "Patrols", "Local police said police numbers fell, Thames Valley Police said."),
        ])
        let names = AnalysisFixtures.allNames(b)
        #expect(names.contains("Thames Valley Police"))
        #expect(!names.contains("Police"))
    }

    /// "the Gulf" is the Gulf of Mexico in an oil-spill corpus: a short name several places
    /// share is not made an alias of one of them.
    @Test func anAmbiguousShortPlaceNameStaysItself() {
        #expect(Places.place(forKey: NameKey.of("Gulf"))?.canonical == "Gulf")
        #expect(Places.place(forKey: NameKey.of("Persian Gulf"))?.canonical == "Persian Gulf")
    }

    @Test func recogniserFindsNamesInASentence() {
        let sentences = SentenceSplitter.split(title: "T", body: "Officials said Sergey Lavrov, the Russian Foreign Minister, met Antony Blinken in Malta.")
        let found = EntityRecognizer(lowerSeen: ["officials": 1, "said": 1, "met": 1]).recognize(sentences).mentions
        #expect(found.map(\.surface) == ["Sergey Lavrov", "Antony Blinken", "Malta"])
        #expect(found[0].role == "Russian Foreign Minister")
    }

    /// The recogniser reads the name finder's spans: a title the finder set aside is bound again,
    /// before the name or standing alone before its comma, and a party inside it counts.
    @Test func rolesAndPartiesBuildOnTheNameFindersSpans() {
        let sentences = SentenceSplitter.split(title: "T", body: """
            Officials said the Foreign Minister, Sergey Lavrov, met Labour MP Barry Sheerman and the UN Security Council.
            """)
        let found = EntityRecognizer(lowerSeen: ["officials": 1, "said": 1, "met": 1]).recognize(sentences).mentions
        #expect(found.map(\.surface) == ["Sergey Lavrov", "Labour", "Barry Sheerman", "UN Security Council"])
        #expect(found[0].role == "Foreign Minister")
        #expect(found[2].role == "Labour MP")
        #expect(found[1].hint == .organization)
    }
}

@Suite("Analysis: name variants")
struct NameVariantTests {
    @Test func transliterationsShareASkeletonAndNearNamesDoNot() {
        let gadhafi = ["Gadhafi", "Gaddafi", "Qadhafi", "Qaddafi", "Kadhafi"].map { NameVariant.skeleton($0) }
        #expect(Set(gadhafi).count == 1)
        #expect(NameVariant.skeleton("Moammar") == NameVariant.skeleton("Muammar"))
        #expect(NameVariant.skeleton("Sergey") == NameVariant.skeleton("Sergei"))
        #expect(NameVariant.skeleton("Hayward") != NameVariant.skeleton("Howard"))
        #expect(NameVariant.skeleton("Omar") != NameVariant.skeleton("Moammar"))
        #expect(NameVariant.key(["Bashar", "al-Assad"]) == NameVariant.key(["Bashar", "Al", "Assad"]))
        #expect(NameVariant.core(["Col.", "Gadhafi"]) == ["Gadhafi"])
        #expect(NameVariant.core(["Adm", "Thad", "Allen"]) == ["Thad", "Allen"])
    }

    @Test func variantsTitlesAndSurnamesMakeOneEntry() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("l/1", "Libya", "Moammar Gadhafi spoke in Tripoli. Col. Gadhafi said his forces would fight. Gadhafi's forces shelled the town."),
            AnalysisFixtures.article("l/2", "Libya talks", "Muammar Qaddafi met envoys. Qaddafi said little, and Mr Qaddafi left."),
            AnalysisFixtures.article("l/3", "Rebels", "Rebels said Gaddafi had lost control. Muammar Gaddafi denied it."),
        ])
        let leader = try #require(AnalysisFixtures.participants(b, named: "Gadhafi").first)
        #expect(leader.kind == .person)
        for form in ["Moammar Gadhafi", "Muammar Qaddafi", "Gaddafi", "Muammar Gaddafi", "Qaddafi"] {
            #expect(([leader.name] + leader.aliases).contains(form), "\(form) in \(leader.name)")
        }
        #expect(AnalysisFixtures.participants(b, named: "Tripoli").first?.kind == .place)
    }

    @Test func partiesJoinTheirShortFormsAndCountEveryMention() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("p/1", "Election", "Labour leader Tony Blair attacked the Tories. The Conservatives replied that Labour had failed. Tory MP Michael Mates agreed."),
            AnalysisFixtures.article("p/2", "Poll", "The Lib Dems gained. Liberal Democrat leader Charles Kennedy said Labour and the Conservative Party were tired."),
        ])
        let labour = try #require(AnalysisFixtures.participants(b, named: "Labour").first)
        #expect(labour.name == "Labour Party")
        #expect(labour.kind == .organization)
        #expect(labour.mentions == 3)
        let tories = try #require(AnalysisFixtures.participants(b, named: "Tories").first)
        #expect(tories.name == "Conservative Party")
        #expect(tories.mentions == 4)
        let libDems = try #require(AnalysisFixtures.participants(b, named: "Lib Dems").first)
        #expect(libDems.name == "Liberal Democrats" && libDems.kind == .organization)
        #expect(AnalysisFixtures.participants(b, named: "Michael Mates").first?.kind == .person)
    }

    @Test func anOwnerBeforeATitleIsAMentionOfItsOwn() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("o/1", "Spill", "Louisiana Governor Bobby Jindal asked for help. The oil reached Louisiana on Monday."),
        ])
        let jindal = try #require(AnalysisFixtures.participants(b, named: "Bobby Jindal").first)
        #expect(jindal.kind == .person)
        #expect(jindal.roles == ["Louisiana Governor"])
        let state = try #require(AnalysisFixtures.participants(b, named: "Louisiana").first)
        #expect(state.kind == .place && state.mentions == 2)
    }

    @Test func doubleBarrelledNamesStayWholeAndGeographicNamesRunOverOf() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("k/1", "Party", "Robert Kilroy-Silk quit the party. Kilroy-Silk said the Gulf of Mexico was far away."),
        ])
        let names = AnalysisFixtures.allNames(b)
        #expect(names.contains("Robert Kilroy-Silk"))
        #expect(!names.contains("Silk") && !names.contains("Kilroy"))
        #expect(AnalysisFixtures.participants(b, named: "Gulf of Mexico").first?.kind == .place)
        #expect(AliasMerger.isGazetteerPlace(["Gulf", "of", "Mexico"]))
    }
}

@Suite("Analysis: roles dated, fullest, and conflicting")
struct RoleConflictTests {
    @Test func rolesCarryTheirDatesAndDisagreementsAreFlagged() throws {
        let d1 = Day(year: 2025, month: 1, day: 10)!, d2 = Day(year: 2025, month: 3, day: 2)!
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("r/1", "Hearing", "Senator Marco Rubio questioned the plan. Rubio said no.", date: d1),
            AnalysisFixtures.article("r/2", "Talks", "Secretary of State Marco Rubio met envoys. US President Joe Biden spoke.", date: d2),
            AnalysisFixtures.article("r/3", "Visit", "President Joe Biden arrived. Biden said little.", date: d2),
        ])
        let rubio = try #require(AnalysisFixtures.participants(b, named: "Marco Rubio").first)
        let senator = try #require(rubio.roleSources.first { $0.role == "Senator" })
        #expect(senator.firstStated == d1 && senator.articles == ["r/1"])
        #expect(rubio.roleConflicts.count == 1)
        let pair = try #require(rubio.roleConflicts.first)
        #expect(Set([pair.first.role, pair.second.role]) == ["Senator", "Secretary of State"])
        let biden = try #require(AnalysisFixtures.participants(b, named: "Joe Biden").first)
        #expect(biden.roles == ["US President"])
        #expect(biden.roleConflicts.isEmpty)
    }

    /// Lower-case uses read from the article's numbered words answer as the table of lower-case
    /// words did: the same mentions, on every fixture article.
    @Test func lowerCaseUsesByNumberAnswerAsByWord() {
        for article in AnalysisFixtures.diplomacy + AnalysisCorpusLevelTests.twoStories {
            let w = ArticleAnalyzer.words(of: article)
            let byWord = Dictionary(uniqueKeysWithValues: w.lowerWords.map { ($0.word, $0.count) })
            #expect(!byWord.isEmpty)
            let expected = EntityRecognizer(lowerSeen: byWord).recognize(w.sentences, table: w.table)
            let found = EntityRecognizer(table: w.table).recognize(w.sentences, table: w.table)
            #expect(found.mentions == expected.mentions, "\(article.id)")
            #expect(found.pairs == expected.pairs, "\(article.id)")
        }
    }
}
