@testable import BriefingSources
import BriefingModel
import Foundation
import Testing

/// The real feeds and corpora in ../shared/data, compared with each parser suite's expected
/// output where it has one. Skipped cleanly when the data is not beside the checkout.
@Suite struct RealFeedTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data").path
    static var present: Bool { FileManager.default.fileExists(atPath: data) }

    static func files(_ folder: String, _ suffixes: [String]) -> [String] {
        let path = data + "/" + folder
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { name in suffixes.contains { name.hasSuffix($0) } && !name.contains("expected") }
            .sorted().map { path + "/" + $0 }
    }

    @Test(.enabled(if: present)) func everyFeedReadsCompletely() throws {
        let feeds = Self.files("feeds/feed-rs", [".xml"]) + Self.files("feeds/rss-parser/input", [".rss", ".atom"])
        #expect(feeds.count >= 10)
        for feed in feeds {
            let result = try CorpusReader().read([feed])
            #expect(result.skipped.isEmpty, "\(feed): \(result.skipped)")
            #expect(!result.articles.isEmpty, "\(feed)")
        }
    }

    /// rss-parser's expected output lists each item's title and link.
    @Test(.enabled(if: present)) func rssParserSuiteTitlesAndLinksMatch() throws {
        for feed in Self.files("feeds/rss-parser/input", [".rss", ".atom"]) {
            let name = ((feed as NSString).lastPathComponent as NSString).deletingPathExtension
            let expectedPath = Self.data + "/feeds/rss-parser/expected_output/\(name).json"
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: expectedPath))) as? [String: Any]
            let items = (json?["feed"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
            let articles = try CorpusReader().read([feed]).articles
            #expect(articles.count == items.count, "\(name)")
            for (article, item) in zip(articles, items) {
                // uolNoticias' expected output lost its accents (decoded as UTF-8); ours keeps them.
                if let title = item["title"] as? String, !title.isEmpty, !title.contains("\u{FFFD}") {
                    #expect(article.title == HTMLText.plain(title), "\(name)")
                }
                if let link = item["link"] as? String {
                    #expect(article.url == link, "\(name)")
                }
                if let iso = item["isoDate"] as? String {
                    #expect(article.date != nil, "\(name): \(iso)")
                }
                // An item with no date of its own stays undated (heraldsun dates only its channel).
                if !(item["isoDate"] is String) && !(item["pubDate"] is String) {
                    #expect(article.date == nil, "\(name): \(article.title)")
                }
            }
        }
    }

    /// feed-rs's expected output gives each entry's title and publication time.
    @Test(.enabled(if: present)) func feedRsSuiteTitlesAndDatesMatch() throws {
        let expectations = try FileManager.default.contentsOfDirectory(atPath: Self.data + "/feeds/feed-rs")
            .filter { $0.hasSuffix(".expected.serde.json") }.sorted()
        #expect(expectations.count >= 5)
        for expectedPath in expectations {
            let name = expectedPath.replacingOccurrences(of: ".expected.serde.json", with: "")
            let feed = Self.data + "/feeds/feed-rs/\(name).xml"
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.data + "/feeds/feed-rs/" + expectedPath))) as? [String: Any]
            let entries = json?["entries"] as? [[String: Any]] ?? []
            let articles = try CorpusReader().read([feed]).articles
            #expect(articles.count == entries.count, "\(name)")
            for (article, entry) in zip(articles, entries) {
                if let title = (entry["title"] as? [String: Any])?["content"] as? String {
                    #expect(article.title == HTMLText.plain(title), "\(name)")
                }
                // feed-rs converts to UTC; we keep the day as the feed wrote it in its own zone,
                // so "mer, 16 nov 2022 00:38:15 +0100" is the 16th here and the 15th there.
                if let published = entry["published"] as? String ?? entry["updated"] as? String,
                   let utcDay = Day(iso: published.prefix(10)) {
                    let day = try #require(article.date, "\(name)")
                    #expect(abs(day.ordinal - utcDay.ordinal) <= 1, "\(name): \(day) vs \(utcDay)")
                }
            }
        }
    }

    @Test(.enabled(if: present)) func newsPleaseAndGoogleNewsAndTimeline17ReadWithDates() throws {
        let sample = try CorpusReader().read([Self.data + "/news_please/sample.json"])
        #expect(sample.articles.count == 1 && sample.articles[0].date?.description == "2017-07-17")
        #expect(sample.articles[0].source == "www.rt.com")

        let google = try CorpusReader().read([Self.data + "/giveme5w1h/google_news/data"])
        #expect(google.skipped.isEmpty && google.articles.count == 32)
        #expect(google.articles.allSatisfy { $0.date != nil && $0.source != nil && !$0.body.isEmpty })

        for topic in try FileManager.default.contentsOfDirectory(atPath: Self.data + "/timeline17") {
            let result = try CorpusReader().read([Self.data + "/timeline17/\(topic)/articles.jsonl"])
            // Records with an empty text are skipped and named; they must be few.
            #expect(result.skipped.allSatisfy { $0.reason == "no article text" && $0.line != nil }, "\(topic)")
            #expect(result.skipped.count * 20 < result.articles.count, "\(topic)")
            #expect(result.articles.count > 10 && result.articles.allSatisfy { $0.date != nil }, "\(topic)")
        }
    }
}
