@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Each format read from a fixture the test writes, as it would arrive.
@Suite struct FormatTests {
    func read(_ files: [String: String]) throws -> ReadResult {
        let folder = try TemporaryFolder()
        for (name, text) in files { try folder.write(name, text) }
        return try CorpusReader().read([folder.path])
    }

    @Test func markdownWithFrontMatter() throws {
        let result = try read(["post.md": """
        ---
        title: "Talks resume in Geneva"
        date: 2024-12-05
        source: Example Wire
        url: https://example.com/geneva
        author: A. Writer
        tags: [diplomacy, talks]
        ---
        # Ignored heading

        Envoys met **again** in [Geneva](https://example.com/city) on Thursday.
        ![a photo](photo.jpg)
        """])
        let article = try #require(result.articles.first)
        #expect(article.id == "post")
        #expect(article.title == "Talks resume in Geneva")
        #expect(article.date?.description == "2024-12-05")
        #expect(article.source == "Example Wire")
        #expect(article.url == "https://example.com/geneva")
        #expect(article.body.contains("Envoys met again in Geneva on Thursday."))
        #expect(!article.body.contains("photo") && !article.body.contains("**"))
    }

    @Test func markdownWithoutFrontMatterTakesItsHeading() throws {
        let article = try #require(try read(["note.markdown": "# Budget vote delayed\n\nThe vote moved to _next week_."]).articles.first)
        #expect(article.title == "Budget vote delayed")
        #expect(article.body == "The vote moved to next week.")
        #expect(article.date == nil)
    }

    @Test func malformedFrontMatterIsNamedWithLineAndColumn() throws {
        let result = try read(["bad.md": "---\ntitle: ok\ndate: [unclosed\n---\nBody", "good.txt": "Good\nbody"])
        #expect(result.articles.map(\.id) == ["good"])
        let skipped = try #require(result.skipped.first)
        #expect(skipped.path.hasSuffix("bad.md"))
        #expect(skipped.reason.contains("front matter"))
        #expect((skipped.line ?? 0) >= 3)
        #expect(skipped.location.hasSuffix("bad.md:\(skipped.line!):\(skipped.column!)"))
    }

    @Test func newsPleaseObjectTakesTheFileID() throws {
        let result = try read(["site/abc.json": """
        {"title": "Russia urges Ukraine to keep to Minsk process", "maintext": "Russia has called on Ukraine to stick to the Minsk peace process.",
         "date_publish": "2017-07-17 17:03:00", "source_domain": "www.rt.com", "url": "https://www.rt.com/news/1/",
         "authors": [], "date_modify": "None", "description": null}
        """])
        let article = try #require(result.articles.first)
        #expect(article.id == "site/abc")
        #expect(article.date?.description == "2017-07-17")
        #expect(article.source == "www.rt.com")
        #expect(article.body.hasPrefix("Russia has called"))
    }

    @Test func jsonArrayRecordsUseTheirOwnIDsOrAnIndex() throws {
        let result = try read(["batch.json": """
        [{"id": "a-1", "title": "First", "text": "One."}, {"title": "Second", "text": "Two."}, 42]
        """])
        #expect(result.articles.map(\.id) == ["a-1", "batch#2"])
        #expect(result.skipped.count == 1 && result.skipped[0].reason.contains("record 3"))
    }

    @Test func jsonLinesReadEveryGoodLineAndNameTheBadOne() throws {
        let result = try read(["corpus.jsonl": """
        {"id": "1093", "time": "2010-02-05", "text": "Prosecutors will file a case on Monday . More text ."}
        {"id": "1094", "time": "2010-02-06", "text": broken}
        {"id": "1095", "time": "2010-02-07", "text": "A second story ."}
        """])
        #expect(result.articles.map(\.id) == ["1093", "1095"])
        #expect(result.articles.first?.title == "Prosecutors will file a case on Monday .")
        #expect(result.articles.first?.date?.description == "2010-02-05")
        #expect(result.skipped.count == 1)
        #expect(result.skipped.first?.line == 2)
        #expect(result.skipped.first?.column != nil)
    }

    /// Research corpora ship Penn Treebank text; it is read as the prose it was.
    @Test func tokenisedTextIsRestoredToProse() throws {
        let result = try read(["t17.jsonl": #"""
        {"id": "1", "time": "2010-05-15", "text": "US demands ` clarification ' from BP \nThe firm , which has paid $ 75m -LRB- # 50m -RRB- , said it would n't limit payments . \nBP 's shares `` fell '' ."}
        {"id": "2", "time": "2010-05-15", "text": "Plain prose, as written. It stays as it is, spaces and all : even this."}
        """#])
        let body = try #require(result.articles.first?.body)
        #expect(body.contains("The firm, which has paid $75m (#50m), said it wouldn't limit payments."))
        #expect(body.contains("BP's shares \u{201C}fell\u{201D}."))
        #expect(body.split(separator: "\n").count == 3, "lines are kept")
        #expect(result.articles[1].body == "Plain prose, as written. It stays as it is, spaces and all : even this.")
    }

    @Test func malformedJSONIsNamedWithLineAndColumn() throws {
        let result = try read(["bad.json": "{\n  \"title\": \"x\",\n  \"text\": [1, 2,, 3]\n}", "ok.txt": "Ok\nbody"])
        let skipped = try #require(result.skipped.first)
        #expect(skipped.reason.hasPrefix("malformed JSON"))
        #expect(skipped.line == 3)
    }

    @Test func rssItemsWithHTMLAndEntities() throws {
        let result = try read(["feed.xml": """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Example &amp; Sons News</title><link>https://news.example.com/</link>
        <item>
          <title>Ministers meet &#8211; talks &quot;frank&quot;</title>
          <link>https://news.example.com/a</link>
          <guid isPermaLink="false">urn:example:a</guid>
          <pubDate>Thu, 05 Dec 2024 23:30:00 -0500</pubDate>
          <dc:creator>A. Writer</dc:creator>
          <category>Diplomacy</category>
          <description><![CDATA[<p>The ministers met in <b>Vienna</b>.</p><p>They agreed&nbsp;to talk again.</p><script>track()</script>]]></description>
        </item>
        <item><title>No guid here</title><description>Short &lt;i&gt;note&lt;/i&gt;.</description></item>
        </channel></rss>
        """])
        #expect(result.articles.map(\.id) == ["urn:example:a", "feed#2"])
        let first = result.articles[0]
        #expect(first.title == "Ministers meet – talks \"frank\"")
        #expect(first.body == "The ministers met in Vienna.\nThey agreed to talk again.")
        #expect(first.date?.description == "2024-12-05")
        #expect(first.source == "Example & Sons News")
        #expect(first.url == "https://news.example.com/a")
        #expect(result.articles[1].body == "Short note.")
    }

    @Test func atomEntriesWithXHTMLContent() throws {
        let result = try read(["feed.atom": """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
          <entry>
            <title type="html">Vote &lt;em&gt;passes&lt;/em&gt;</title>
            <link rel="alternate" href="https://atom.example.com/vote"/>
            <link rel="enclosure" href="https://atom.example.com/vote.mp3"/>
            <id>tag:atom.example.com,2024:vote</id>
            <updated>2024-12-06T10:00:00Z</updated>
            <published>2024-12-05T09:00:00+01:00</published>
            <author><name>Desk</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The bill <strong>passed</strong> easily.</p></div></content>
          </entry>
        </feed>
        """])
        let entry = try #require(result.articles.first)
        #expect(entry.id == "tag:atom.example.com,2024:vote")
        #expect(entry.title == "Vote passes")
        #expect(entry.url == "https://atom.example.com/vote")
        #expect(entry.date?.description == "2024-12-05")
        #expect(entry.body.contains("The bill passed easily."))
        #expect(entry.source == "Atom Desk")
    }

    @Test func formatIsDetectedByContentNotExtension() throws {
        let result = try read(["saved.txt": "<rss version=\"2.0\"><channel><title>T</title><item><title>Feed in a .txt</title><description>Body.</description></item></channel></rss>"])
        #expect(result.articles.first?.title == "Feed in a .txt")
    }

    @Test func sidecarManifestFillsWhatPlainTextLacks() throws {
        let result = try read([
            "sources.toml": """
            [defaults]
            source = "Default Wire"
            ["b.txt"]
            date = 2024-12-05
            source = "NDTV"
            url = "https://example.com/b"
            ["sub/c.txt"]
            date = "5 December 2024"
            """,
            "a.txt": "A\nbody", "b.txt": "B\nbody", "sub/c.txt": "C\nbody",
        ])
        let byID = Dictionary(uniqueKeysWithValues: result.articles.map { ($0.id, $0) })
        #expect(byID["a"]?.source == "Default Wire" && byID["a"]?.date == nil)
        #expect(byID["b"]?.source == "NDTV" && byID["b"]?.date?.description == "2024-12-05")
        #expect(byID["b"]?.url == "https://example.com/b")
        #expect(byID["sub/c"]?.date?.description == "2024-12-05")
        #expect(result.articles.count == 3, "the manifest itself is not an article")
    }

    @Test func manifestWithUnknownKeyIsNamed() throws {
        let result = try read(["sources.toml": "[\"a.txt\"]\npublished = 2024-12-05\n", "a.txt": "A\nbody"])
        let skipped = try #require(result.skipped.first)
        #expect(skipped.path.hasSuffix("sources.toml"))
        #expect(skipped.reason.contains("unknown key 'published'"))
        #expect(result.articles.count == 1)
    }

    @Test func repeatedRecordIDsAreMadeUniqueWithAWarning() throws {
        let result = try read(["a.jsonl": "{\"id\": \"1\", \"text\": \"One.\"}\n", "b.jsonl": "{\"id\": \"1\", \"text\": \"Other.\"}\n"])
        #expect(result.articles.map(\.id) == ["1", "1#2"])
        #expect(result.warnings.count == 1)
    }
}

@Suite struct HTMLTextTests {
    @Test(arguments: [
        ("<p>One  two</p><p>three</p>", "One two\nthree"),
        ("a&nbsp;b &amp; c &#x2019;d&#8217;", "a b & c ’d’"),
        ("  lead and trail  ", "lead and trail"),
        ("line\n\n\nnext \n end", "line\nnext\nend"),
        ("x<script>var a = '<p>';</script>y", "xy"),
        ("£5 and\u{A0}café", "£5 and café"),
        ("tab\tcontrol\u{01}char", "tab controlchar"),
        ("broken <b unclosed", "broken <b unclosed"),
        ("a < b and c > d", "a < b and c > d"),
    ])
    func cleans(_ html: String, _ expected: String) {
        #expect(HTMLText.plain(html) == expected)
    }
}
