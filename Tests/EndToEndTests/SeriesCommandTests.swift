import Foundation
import TestSupport
import Testing

/// `--previous MODEL.json`: the weekly series, run as a user would, on consecutive weeks of a
/// real corpus when the shared data is there.
@Suite struct SeriesCommandTests {
    private func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    @Test func consecutiveWeeksOfARealCorpusAreCompared() async throws {
        let articles = Package.sharedData + "/timeline17/bpoil_bbc/articles.jsonl"
        guard FileManager.default.fileExists(atPath: articles) else { return }
        let folder = try TemporaryFolder()
        let before = folder.path + "/w22.json", now = folder.path + "/w23.json"
        #expect(try await Run(Package.binary, ["analyze", articles, "--week", "2010-W22", "--json", "-o", before]).status == 0)
        let run = try await Run(Package.binary, ["analyze", articles, "--week", "2010-W23", "--previous", before,
                                                  "--json", "-o", now])
        #expect(run.status == 0, "\(run.stderr)")
        let model = try json(now)
        let changes = try #require(model["changes"] as? [String: Any])
        let continuing = try #require(changes["continuingStories"] as? [[String: Any]])
        #expect(!continuing.isEmpty, "a week of the same spill continues some story of the week before")
        let new = try #require(changes["newStories"] as? [[String: Any]])
        let stories = try #require(model["stories"] as? [[String: Any]])
        #expect(continuing.count + new.count <= stories.count)
        // Different weeks hold different articles: nothing was briefed before.
        #expect((changes["seenArticles"] as? [Any])?.isEmpty == true)
        // Two overlapping windows share their articles, which are then not news again.
        let overlap = folder.path + "/w22-23.json"
        #expect(try await Run(Package.binary, ["analyze", articles, "--since", "2010-06-03", "--until", "2010-06-09",
                                                "--previous", before, "--json", "-o", overlap]).status == 0)
        let seen = try #require((try json(overlap)["changes"] as? [String: Any])?["seenArticles"] as? [String])
        #expect(!seen.isEmpty)
    }

    @Test func aBrokenPreviousModelIsNamedAndTheBriefingStillWritten() async throws {
        let folder = try TemporaryFolder()
        let previous = try folder.write("last-week.json", "{\n  \"title\": \"Week\",\n  oops\n}\n")
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", Package.seeds, "--previous", previous, "-o", pdf])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains(previous), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: pdf))
        let rendered = try await Run(Package.binary, ["analyze", Package.seeds, "--json", "-o", folder.path + "/m.json"])
        #expect(rendered.status == 0)
        let again = try await Run(Package.binary, ["render", folder.path + "/m.json", "--previous", previous,
                                                   "-o", folder.path + "/r.pdf"])
        #expect(again.status == 3 && again.stderr.contains(previous), "\(again.stderr)")
    }
}

/// The archive a build keeps beside its PDF: the next week's build compares with it without
/// being told, `history` lists it, and `analyze --period` writes an archived model back out.
@Suite struct ArchiveCommandTests {
    @Test func aSecondWeekIsComparedWithTheArchivedFirst() async throws {
        let articles = Package.sharedData + "/timeline17/bpoil_bbc/articles.jsonl"
        guard FileManager.default.fileExists(atPath: articles) else { return }
        let folder = try TemporaryFolder()
        for week in ["2010-W22", "2010-W23"] {
            let run = try await Run(Package.binary, ["build", articles, "--week", week, "-o", folder.path + "/\(week).pdf"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let archive = folder.path + "/archive.sqlite"
        let history = try await Run(Package.binary, ["history", "--archive", archive])
        #expect(history.stdout.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
                == ["2010-06-07", "2010-06-01"], "\(history.stdout)")
        let back = folder.path + "/w23.json"
        #expect(try await Run(Package.binary, ["analyze", "--period", "2010-W23", "--archive", archive, "--json", "-o", back]).status == 0)
        let model = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: back))) as? [String: Any])
        let changes = try #require(model["changes"] as? [String: Any], "the second build compared with the first")
        #expect((changes["previousPeriod"] as? [String: Any])?["first"] as? String == "2010-06-01")
        let missing = try await Run(Package.binary, ["analyze", "--period", "2009-W01", "--archive", archive, "--json"])
        #expect(missing.status == 1 && missing.stderr.contains("2009-W01"), "\(missing.stderr)")
    }
}
