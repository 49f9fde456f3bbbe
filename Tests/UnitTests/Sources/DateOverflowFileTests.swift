@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// A date written to overflow, in every format that carries a date: the article is still read.
@Suite struct DateOverflowFileTests {
    static let date = "1:9999999999999999999"

    static let files: [(String, String)] = [
        ("a.json", #"{"title": "Budget talks", "maintext": "Ministers met on Monday.", "date_publish": "\#(date)"}"#),
        ("b.jsonl", #"{"title": "Budget talks", "maintext": "Ministers met on Monday.", "date_publish": "\#(date)"}"# + "\n"),
        ("c.md", "---\ntitle: Budget talks\ndate: \"\(date)\"\n---\nMinisters met on Monday.\n"),
        ("d.rss", "<rss><channel><item><title>Budget talks</title><description>Ministers met.</description><pubDate>\(date)</pubDate></item></channel></rss>"),
        ("e.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Budget talks</title><summary>Ministers met.</summary><updated>\(date)</updated></entry></feed>"),
    ]

    @Test(arguments: files.map(\.0))
    func overflowingDateIsReadWithoutTrap(_ name: String) throws {
        let folder = try TemporaryFolder()
        let text = try #require(Self.files.first { $0.0 == name }).1
        try folder.write(name, text)
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.map(\.title) == ["Budget talks"])
    }
}
