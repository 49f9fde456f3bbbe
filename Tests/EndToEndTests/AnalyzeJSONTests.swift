import Foundation
import TestSupport
import Testing

/// `briefing analyze --json` on the seeds: every field of the evaluation contract, and the
/// participants a reader of these articles expects.
@Suite struct AnalyzeJSONTests {
    static let contract: [String: [String]] = [
        "articles": ["id", "title", "date", "source", "url", "duplicates", "keyphrases", "summary", "participants"],
        "participants": ["name", "kind", "aliases", "roles", "mentions", "articles"],
        "topics": ["label", "terms", "mentions", "articles"],
        "reactions": ["theme", "tone", "actors", "mentions", "articles", "quotes"],
        "stories": ["title", "articles", "summary"],
        "timeline": ["date", "label", "weight", "articles"],
    ]

    func seedsJSON() async throws -> [String: Any] {
        let run = try await Run(Package.binary, ["analyze", Package.seeds, "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func everyContractFieldIsPresent() async throws {
        let json = try await seedsJSON()
        for (list, fields) in Self.contract {
            let items = try #require(json[list] as? [[String: Any]], "no \(list)[]")
            for item in items {
                for field in fields {
                    #expect(item.keys.contains(field), "\(list)[] item lacks \(field)")
                }
            }
        }
        let articles = json["articles"] as? [[String: Any]] ?? []
        #expect(articles.compactMap { $0["id"] as? String }.sorted() ==
                ["000_17a0d00d196b253f", "001_a7626705902d9742", "002_77c8b3abff456c91",
                 "003_8d54e508fa011a0f", "004_3669a71923782340"])
        for article in articles {
            #expect(article["date"] is NSNull, "the seeds carry no dates")
            #expect((article["summary"] as? [String])?.isEmpty == false)
            #expect((article["keyphrases"] as? [String])?.isEmpty == false)
        }
        for list in ["participants", "topics", "reactions", "stories"] {
            #expect((json[list] as? [Any])?.isEmpty == false, "\(list)[] is empty")
        }
        #expect((json["timeline"] as? [Any])?.isEmpty == true, "the seeds name no dates: no timeline")
        let summary = json["executiveSummary"] as? [[String: Any]] ?? []
        let ids = Set(articles.compactMap { $0["id"] as? String })
        #expect(!summary.isEmpty)
        for line in summary {
            let cited = line["articles"] as? [String] ?? []
            #expect(!cited.isEmpty && cited.allSatisfy(ids.contains))
        }
    }

    @Test func participantsAreMergedTypedAndFreeOfHeadings() async throws {
        let json = try await seedsJSON()
        let participants = json["participants"] as? [[String: Any]] ?? []
        func entries(matching word: String) -> [[String: Any]] {
            participants.filter { ($0["name"] as? String)?.contains(word) == true }
        }
        let lavrov = entries(matching: "Lavrov")
        #expect(lavrov.count == 1, "Lavrov entries: \(lavrov.map { $0["name"] ?? "" })")
        #expect(lavrov.first?["kind"] as? String == "person")
        #expect((lavrov.first?["articles"] as? [String])?.count == 5)
        for person in ["Antony Blinken", "Marco Rubio"] {
            #expect(entries(matching: person).first?["kind"] as? String == "person", "\(person)")
        }
        for organization in ["OSCE", "NATO", "United Nations"] {
            let found = participants.first {
                ($0["name"] as? String) == organization || (($0["aliases"] as? [String]) ?? []).contains(organization)
            }
            #expect(found?["kind"] as? String == "organization", "\(organization)")
        }
        for place in ["Malta", "Malaysia", "Russia", "Ukraine"] {
            #expect(entries(matching: place).first?["kind"] as? String == "place", "\(place)")
        }
        let names = participants.compactMap { $0["name"] as? String }
        for junk in ["Hey", "Buckle", "Alright", "Key Discussions", "Let", "So"] {
            #expect(!names.contains(junk), "junk participant \(junk)")
        }
    }

    @Test func theSeedsHoldTwoStories() async throws {
        let json = try await seedsJSON()
        let stories = (json["stories"] as? [[String: Any]] ?? []).map { Set($0["articles"] as? [String] ?? []) }
        #expect(stories.count == 2)
        #expect(stories.contains(["004_3669a71923782340"]))
    }
}
