import Foundation
import TestSupport
import Testing

/// A folder as analysts really fill it: several formats, dates, a copy of the same story, and
/// hostile files beside the good ones.
@Suite struct MixedSourcesTests {
    static let story = "Foreign ministers from twelve countries met in Vienna on Thursday to discuss a ceasefire plan. "
        + "The talks lasted more than six hours and ended without a joint statement, but delegates agreed to meet "
        + "again next month. Several ministers described the atmosphere as frank and businesslike."

    func writeCorpus(_ folder: TemporaryFolder) throws -> String {
        let input = try folder.makeFolder("in")
        try folder.write("in/wire.md", "---\ntitle: Vienna talks end without deal\ndate: 2024-12-05\nsource: Wire\n---\n\(Self.story)\n")
        try folder.write("in/copy.json", #"{"title": "Vienna talks end without a deal", "maintext": "\#(Self.story)", "date_publish": "2024-12-05 18:00:00", "source_domain": "paper.example"}"#)
        try folder.write("in/feed.xml", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
        <item><title>Budget vote delayed in Oslo</title><guid>desk-1</guid><pubDate>Tue, 03 Dec 2024 09:00:00 +0100</pubDate>
        <description>&lt;p&gt;Norway's parliament delayed the budget vote after talks between the parties broke down.&lt;/p&gt;</description></item>
        <item><title>Old story</title><guid>desk-2</guid><pubDate>Fri, 01 Nov 2024 09:00:00 +0000</pubDate>
        <description>An older report about harbour repairs in Bergen.</description></item>
        </channel></rss>
        """)
        try folder.write("in/notes.txt", "Undated note on fisheries\nFishing quotas were discussed by officials in Tromso.")
        return input
    }

    @Test func weekWindowMergedCopiesAndCountsReachTheJSON() async throws {
        let folder = try TemporaryFolder()
        let input = try writeCorpus(folder)
        let run = try await Run(Package.binary, ["analyze", input, "--json", "--week", "2024-W49"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let articles = json["articles"] as? [[String: Any]] ?? []
        let ids = articles.compactMap { $0["id"] as? String }.sorted()
        #expect(ids == ["copy", "desk-1", "notes"], "the November item is outside the week; the Markdown copy merged")
        let merged = articles.first { $0["id"] as? String == "copy" }
        #expect(merged?["duplicates"] as? [String] == ["wire"])
        #expect(merged?["date"] as? String == "2024-12-05")
        let corpus = json["corpus"] as? [String: Any] ?? [:]
        #expect(corpus["window"] as? String == "2024-12-02 – 2024-12-08")
        #expect(corpus["outsideWindow"] as? Int == 1)
        #expect(corpus["duplicatesMerged"] as? Int == 1)
        #expect(corpus["undatedCount"] as? Int == 1)
    }

    @Test func undatedArticlesCanBeDropped() async throws {
        let folder = try TemporaryFolder()
        let input = try writeCorpus(folder)
        let run = try await Run(Package.binary, ["analyze", input, "--json", "--since", "2024-12-01", "--undated", "drop"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["corpus"] as? [String: Any])?["undatedDropped"] as? Int == 1)
    }

    @Test func badWindowIsAUsageError() async throws {
        let run = try await Run(Package.binary, ["analyze", Package.seeds, "--json", "--week", "2024-49"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("2024-49"))
    }

    @Test func hostileFilesAreNamedAndTheBriefingIsStillValid() async throws {
        let folder = try TemporaryFolder()
        let input = try writeCorpus(folder)
        let script = try await Run("bash", [Package.root + "/scripts/hostile-files.sh", input + "/zz"])
        #expect(script.status == 0, "\(script.stderr)")
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", input, "-o", pdf, "--max-file-size", "8"])
        #expect(run.status == 3, "\(run.stderr)")
        for name in ["bomb.xml", "xxe.rss", "broken.xml", "broken.json", "broken.md", "empty.txt", "noise.txt", "huge.txt"] {
            #expect(run.stderr.contains("zz/\(name)"), "\(name) not named")
        }
        #expect(run.stderr.contains("zz/broken.xml:3:"), "line and column")
        #expect(run.stderr.contains("zz/latin1.txt: not valid UTF-8"))
        #expect(try await Run("qpdf", ["--check", pdf]).status == 0)
        let text = try await Run("pdftotext", [pdf, "-"]).stdout
        #expect(text.contains("broken.json"), "skipped files are listed in the briefing")
    }

    @Test func strictStopsAtTheFirstBadFile() async throws {
        let folder = try TemporaryFolder()
        let input = try writeCorpus(folder)
        try folder.write("in/bad.json", "{ nope")
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", input, "-o", pdf, "--strict"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.json"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }
}
