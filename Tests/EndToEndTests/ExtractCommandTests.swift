import Foundation
import TestSupport
import Testing

/// `briefing extract`: one JSON object per article, as a user feeding other tools gets it.
@Suite struct ExtractCommandTests {
    static let page = """
    <!doctype html><html><head><title>Harbour reopens after storm | Coast Times</title>
    <meta property="og:site_name" content="Coast Times">
    <meta property="article:published_time" content="2024-12-05T09:30:00Z">
    <meta name="author" content="Sam Writer">
    <link rel="canonical" href="https://coasttimes.example/harbour"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harbour reopens after storm</h1>
    <p>The harbour reopened on Thursday morning, three days after the storm tore two piers from their moorings.</p>
    <p>Fishing boats were the first to leave, the harbour master said, and ferries would follow by the weekend.</p>
    <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div></article>
    <footer>Copyright Coast Times</footer></body></html>
    """

    func records(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func webPagesAndOtherFormatsBecomeJSONLines() async throws {
        let folder = try TemporaryFolder()
        try folder.write("in/pages/harbour.html", Self.page)
        try folder.write("in/note.txt", "Council meets\nBy the Example Wire Staff\nThe council meets on Monday to vote on the budget.")
        let output = folder.path + "/out.jsonl"
        let run = try await Run(Package.binary, ["extract", folder.path + "/in", "-o", output])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = try records(try String(contentsOfFile: output, encoding: .utf8))
        #expect(lines.count == 2)
        let note = try #require(lines.first { $0["id"] as? String == "note" })
        #expect(note["text"] as? String == "The council meets on Monday to vote on the budget.")
        let page = try #require(lines.first { $0["id"] as? String == "pages/harbour" })
        #expect(page["title"] as? String == "Harbour reopens after storm")
        #expect(page["date"] as? String == "2024-12-05")
        #expect(page["time"] as? String == "09:30")
        #expect(page["source"] as? String == "Coast Times")
        #expect(page["url"] as? String == "https://coasttimes.example/harbour")
        #expect(page["author"] as? String == "Sam Writer")
        let text = try #require(page["text"] as? String)
        #expect(text.hasPrefix("The harbour reopened on Thursday morning"))
        #expect(text.hasSuffix("ferries would follow by the weekend."))
        #expect(!text.contains("Home") && !text.contains("Share") && !text.contains("Copyright"))
    }

    @Test func standardOutputWhenNoFileIsGiven() async throws {
        let folder = try TemporaryFolder()
        let page = try folder.write("harbour.htm", Self.page)
        let run = try await Run(Package.binary, ["extract", page])
        #expect(run.status == 0)
        #expect(try records(run.stdout).map { $0["id"] as? String } == ["harbour"])
    }

    @Test func unreadableInputIsNamedWithExitStatusThree() async throws {
        let folder = try TemporaryFolder()
        try folder.write("good.html", Self.page)
        try folder.write("empty.html", "")
        let run = try await Run(Package.binary, ["extract", folder.path, "-o", folder.path + "/out.jsonl"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("empty.html"))
        #expect(try records(try String(contentsOfFile: folder.path + "/out.jsonl", encoding: .utf8)).count == 1)
    }

    @Test func missingInputFails() async throws {
        let folder = try TemporaryFolder()
        let run = try await Run(Package.binary, ["extract", folder.path + "/nothing", "-o", folder.path + "/out.jsonl"])
        #expect(run.status == 1)
        #expect(run.stderr.contains(folder.path + "/nothing"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out.jsonl"))
    }
}
