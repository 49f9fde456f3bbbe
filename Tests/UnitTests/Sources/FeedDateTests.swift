@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// A feed's own dates (channel pubDate, lastBuildDate, Atom feed `updated`) say when the feed was
/// built; an item is dated only by its own.
@Suite struct FeedDateTests {
    func read(_ name: String, _ text: String) throws -> [Article] {
        let folder = try TemporaryFolder()
        try folder.write(name, text)
        return try CorpusReader().read([folder.path]).articles
    }

    @Test func rssItemWithoutItsOwnDateStaysUndated() throws {
        let articles = try read("feed.xml", """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Wire</title>
        <pubDate>Mon, 09 Dec 2024 08:00:00 +0000</pubDate><lastBuildDate>Mon, 09 Dec 2024 09:00:00 +0000</lastBuildDate>
        <item><title>Dated item</title><pubDate>Thu, 05 Dec 2024 10:15:00 +0000</pubDate><description>Text.</description></item>
        <item><title>Undated item</title><description>More text.</description></item>
        </channel></rss>
        """)
        #expect(articles.count == 2)
        #expect(articles[0].date?.description == "2024-12-05")
        #expect(articles[0].time?.description == "10:15")
        #expect(articles[1].date == nil && articles[1].time == nil)
    }

    @Test func atomEntryWithoutItsOwnDateStaysUndated() throws {
        let articles = try read("feed.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><updated>2024-12-09T09:00:00Z</updated>
        <entry><title>Has a date</title><id>a</id><updated>2024-12-03T12:00:00Z</updated><summary>One.</summary></entry>
        <entry><title>Has none</title><id>b</id><summary>Two.</summary></entry>
        </feed>
        """)
        #expect(articles.map { $0.date?.description } == ["2024-12-03", nil])
    }
}
