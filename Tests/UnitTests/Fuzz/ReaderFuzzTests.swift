@testable import BriefingSources
import BriefingModel
import Foundation
import PropertyBased
import TestSupport
import Testing

/// Every reader, fed ordinary files with hostile pieces spliced in: the read ends with articles
/// or a named problem, never a trap, and every day it gives can be written and read back.
@Suite struct ReaderFuzzTests {
    static let templates: [(name: String, text: String)] = [
        ("a.txt", "Budget talks resume\nMinisters met in Brussels on Monday, said President Anna Weber.\n\nLast month talks failed.\n"),
        ("a.md", "---\ntitle: Budget talks\ndate: 2024-12-05\ntags: [budget, talks]\nsource: Wire\n---\n# Talks\nMinisters met. See [the text](https://example.org) and *more*.\n"),
        ("a.json", #"{"title": "Budget talks", "maintext": "Ministers met on Monday.", "date_publish": "2024-12-05 10:00:00", "url": "https://example.org", "source_domain": "example.org"}"#),
        ("a.jsonl", #"{"id": "1", "title": "Budget talks", "text": "Ministers met.", "time": "2024-12-05"}"# + "\n" + #"{"id": "2", "title": "Strike ends", "text": "Workers returned.", "time": "2024-12-06"}"# + "\n"),
        ("a.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title><item><title>Budget talks</title><link>https://example.org/a</link><description>&lt;p&gt;Ministers met.&lt;/p&gt;</description><pubDate>Thu, 05 Dec 2024 23:30:00 -0500</pubDate></item></channel></rss>\n"),
        ("a.atom", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><entry><title>Budget talks</title><updated>2024-12-05T10:00:00Z</updated><content type=\"html\">Ministers met.</content></entry></feed>\n"),
    ]

    @Test(arguments: templates.indices)
    func readersEndInArticlesOrANamedProblem(_ which: Int) async throws {
        let template = Self.templates[which]
        let folder = try TemporaryFolder()
        let path = folder.path + "/" + template.name
        await FuzzBudget.check(smoke: 25, label: template.name) { seed in
            FuzzBudget.write(MutatedInput.bytes(from: template.text, seed: seed), to: path)
            do {
                let result = try CorpusReader().read([path])
                for article in result.articles {
                    if let day = article.date { #expect(Day(iso: day.description) == day, "seed \(seed)") }
                }
            } catch is ReadError {
                // Named: the file could not be read, and the message says why.
            }
        }
    }

    @Test func tomlReadersEndInTopicsOrANamedProblem() async throws {
        let watchlist = "[[topic]]\nlabel = \"arms control\"\nterms = [\"New START\", \"treaty\"]\n\n[topics]\n\"climate\" = [\"emissions\"]\n"
        let manifest = "[\"a.txt\"]\nsource = \"Wire\"\npublished = 2024-12-05\nurl = \"https://example.org\"\n"
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Budget talks\nMinisters met.")
        await FuzzBudget.check(smoke: 40, label: "toml") { seed in
            let text = String(decoding: MutatedInput.bytes(from: watchlist, seed: seed), as: UTF8.self)
            do { _ = try WatchlistReader.parse(text) } catch is WatchlistReader.Problem {}
            FuzzBudget.write(MutatedInput.bytes(from: manifest, seed: seed), to: folder.path + "/sources.toml")
            let result = try CorpusReader().read([folder.path])
            #expect(result.articles.count == 1, "seed \(seed)")
        }
    }
}
