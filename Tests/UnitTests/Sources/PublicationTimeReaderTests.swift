@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Each reader that takes a date from metadata keeps its clock time beside it, and only then.
@Suite struct PublicationTimeReaderTests {
    func read(_ files: [String: String]) throws -> [String: Article] {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        let result = try CorpusReader().read([folder.path])
        return Dictionary(uniqueKeysWithValues: result.articles.map { ($0.id, $0) })
    }

    @Test func jsonLinesRecordsKeepTheirTime() throws {
        let articles = try read(["day.jsonl": """
        {"id": "a", "time": "2024-12-05T09:00:00", "text": "Crews reached the plant before nine on Thursday morning."}
        {"id": "b", "date_publish": "2024-12-05 23:40:00", "text": "The blaze was out by midnight, officials said late on Thursday."}
        {"id": "c", "time": "2024-12-05", "text": "A summary of the day at the plant, with no hour given at all."}
        {"id": "d", "time": 1733401800, "text": "A record exported with a Unix timestamp for its publication."}
        """])
        #expect(articles["a"]?.date?.description == "2024-12-05" && articles["a"]?.time?.description == "09:00")
        #expect(articles["b"]?.time?.description == "23:40")
        #expect(articles["c"]?.date?.description == "2024-12-05" && articles["c"]?.time == nil)
        #expect(articles["d"]?.date?.description == "2024-12-05" && articles["d"]?.time?.description == "12:30")
    }

    @Test func feedItemsKeepTheirTimeInTheirOwnZone() throws {
        let articles = try read(["feed.xml": """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Wire</title>
        <item><guid>late</guid><title>Late news</title><description>Filed late in the evening.</description>
        <pubDate>Thu, 05 Dec 2024 23:30:00 -0500</pubDate></item>
        <item><guid>gmt</guid><title>Early news</title><description>Filed early in the morning.</description>
        <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
        </channel></rss>
        """])
        #expect(articles["late"]?.date?.description == "2024-12-05" && articles["late"]?.time?.description == "23:30")
        #expect(articles["gmt"]?.date?.description == "2003-06-10" && articles["gmt"]?.time?.description == "04:00")
    }

    @Test func frontMatterTimestampsGiveATimeAndBareDatesNone() throws {
        let articles = try read([
            "timed.md": "---\ntitle: Timed\ndate: 2024-12-05 14:05:00\n---\nThe council met in the afternoon.",
            "quoted.md": "---\ntitle: Quoted\ndate: \"Thu, 05 Dec 2024 07:45:00 +0100\"\n---\nAn early report.",
            "bare.md": "---\ntitle: Bare\ndate: 2024-12-05\n---\nA report dated only by day.",
        ])
        #expect(articles["timed"]?.date?.description == "2024-12-05" && articles["timed"]?.time?.description == "14:05")
        #expect(articles["quoted"]?.time?.description == "07:45")
        #expect(articles["bare"]?.date?.description == "2024-12-05" && articles["bare"]?.time == nil)
    }
}
