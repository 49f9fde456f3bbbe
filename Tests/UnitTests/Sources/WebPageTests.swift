@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Saved web pages: the article's metadata from the page's own statements and its main text
/// without the furniture real news pages carry around it.
@Suite struct WebPageTests {
    func read(_ name: String, _ data: Data) throws -> ReadResult {
        let folder = try TemporaryFolder()
        try folder.write(name, data: data)
        return try CorpusReader().read([folder.path])
    }

    static let paragraphs = [
        "The city council voted on Tuesday to expand the tram network, adding three lines that will run through the northern districts by 2027.",
        "Supporters said the plan, which costs about 400 million euros, would cut car traffic in the centre, while opponents questioned the budget.",
        "Construction is to begin next spring, the transport department said, after a final review of the routes and of the contracts.",
    ]

    /// A page built like a real news page: navigation, cookie banner, byline, share bar, a figure
    /// with caption and credit, a related-links box, a newsletter prompt, comments and a footer.
    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Council backs tram expansion | The Daily Example</title>
    <meta property="og:title" content="Council backs tram expansion">
    <meta property="og:site_name" content="The Daily Example">
    <meta property="article:published_time" content="2024-12-03T14:05:00+01:00">
    <meta name="author" content="By Ana Writer">
    <link rel="canonical" href="https://www.daily.example/city/tram-expansion">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council backs tram expansion","datePublished":"2024-12-03T14:05:00+01:00"}</script>
    <script>var tracking = "<p>not text</p>";</script><style>p { color: red }</style>
    </head><body>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <main><article class="story">
    <h1>Council backs tram expansion</h1>
    <div class="byline">By Ana Writer, City reporter</div>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
    <div class="article-body">
    <p>\(paragraphs[0])</p>
    <figure><img src="tram.jpg"><figcaption>A tram in the old town. Photograph: Jo Snapper/Agency</figcaption></figure>
    <p>\(paragraphs[1])</p>
    <div class="newsletter-signup"><p>Sign up for our morning newsletter to get the day's news, every weekday, free.</p></div>
    <h2>Work starts in spring</h2>
    <p>\(paragraphs[2])</p>
    </div>
    <div class="related-stories"><h3>Related</h3><ul>
    <li><a href="/a">Bus fares to rise again next year, operator says</a></li>
    <li><a href="/b">Cycle lanes on the ring road delayed until summer</a></li></ul></div>
    </article></main>
    <section id="comments"><h3>Comments</h3><p>Reader1, 3 December 2024 at 15:02 | Reply: Finally, this city needs better transport for everyone.</p></section>
    <footer><p>© 2024 The Daily Example. All rights reserved. Contact us, terms and privacy policy.</p></footer>
    </body></html>
    """

    @Test func articleTextWithoutFurniture() throws {
        let result = try read("tram.html", Data(Self.page.utf8))
        let article = try #require(result.articles.first)
        #expect(article.body == (Self.paragraphs[0...1] + ["Work starts in spring", Self.paragraphs[2]]).joined(separator: "\n"))
        for furniture in ["cookies", "Home", "Share", "Photograph", "newsletter", "Bus fares", "Reply", "rights reserved",
                          "By Ana", "not text", "color"] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
    }

    @Test func metadataFromThePagesOwnStatements() throws {
        let article = try #require(try read("tram.html", Data(Self.page.utf8)).articles.first)
        #expect(article.id == "tram")
        #expect(article.title == "Council backs tram expansion")
        #expect(article.date?.description == "2024-12-03")
        #expect(article.time?.description == "14:05")
        #expect(article.source == "The Daily Example")
        #expect(article.url == "https://www.daily.example/city/tram-expansion")
        #expect(article.author == "Ana Writer")
    }

    @Test func titleWithoutSiteNameAndSourceFromCanonicalDomain() throws {
        let page = """
        <html><head><title>Storm closes harbour – Coast Times</title>
        <meta name="publish-date" content="5 December 2024">
        <link rel="canonical" href="https://www.coasttimes.example/news/storm"></head>
        <body><div id="content"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></div></body></html>
        """
        let article = try #require(try read("storm.htm", Data(page.utf8)).articles.first)
        #expect(article.title == "Storm closes harbour")
        #expect(article.source == "coasttimes.example")
        #expect(article.date?.description == "2024-12-05")
        #expect(article.time == nil)
    }

    /// The declared charset is honoured: a Latin-1 page's "é" is one byte, 0xE9.
    @Test func declaredCharsetIsHonoured() throws {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</title></head><body><p>The caf".utf8)
        bytes.append(0xE9)
        bytes += Array(" opened in the old market square on Monday, its owners said, after two years of work.</p></body></html>".utf8)
        let result = try read("cafe.html", Data(bytes))
        let article = try #require(result.articles.first)
        #expect(article.title == "Café")
        #expect(article.body.hasPrefix("The café opened"))
        #expect(result.warnings.isEmpty)
    }

    /// HTML is told by content too: a page saved without an extension, or as `.txt`.
    @Test func htmlToldByContent() throws {
        let page = "<!doctype html><html><head><title>Saved</title></head><body><p>\(Self.paragraphs[2])</p></body></html>"
        let article = try #require(try read("saved.txt", Data(page.utf8)).articles.first)
        #expect(article.title == "Saved")
        #expect(article.body == Self.paragraphs[2])
    }

    /// Broken markup is repaired, not refused: unclosed tags, a stray `<`, tags never opened.
    @Test func brokenMarkupStillReads() throws {
        let page = "<html><body><div class=\"story\"><p>\(Self.paragraphs[0])<p>\(Self.paragraphs[1]) 3 < 4 </span></b><div><p>\(Self.paragraphs[2])"
        let article = try #require(try read("broken.html", Data(page.utf8)).articles.first)
        #expect(article.body.contains("3 < 4"))
        #expect(article.body.hasSuffix(Self.paragraphs[2]))
    }

    @Test func pageWithNoTextIsNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty.html", "<html><head></head><body><script>x()</script></body></html>")
        try folder.write("ok.txt", "Title\nBody.")
        let result = try CorpusReader().read([folder.path])
        #expect(result.skipped.map(\.path).contains { $0.hasSuffix("empty.html") })
    }

    /// Hostile pages are read or named, never a crash or a hang: nesting 100,000 deep, a script
    /// that never closes, a charset no converter knows.
    @Test func hostilePagesAreReadWithinBounds() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>\(Self.paragraphs[0])</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        let unclosed = "<html><body><p>\(Self.paragraphs[1])</p><script>" + String(repeating: "x", count: 1_000_000)
        var unknown = Data("<html><head><meta charset=\"x-no-such-charset\"></head><body><p>".utf8)
        unknown += Data(Self.paragraphs[2].utf8) + Data("</p></body></html>".utf8)
        let folder = try TemporaryFolder()
        try folder.write("deep.html", deep)
        try folder.write("unclosed.html", unclosed)
        try folder.write("unknown.html", data: unknown)
        let articles = try CorpusReader().read([folder.path]).articles
        #expect(articles.first { $0.id == "deep" }?.body == Self.paragraphs[0])
        #expect(articles.first { $0.id == "unclosed" }?.body == Self.paragraphs[1])
        #expect(articles.first { $0.id == "unknown" }?.body == Self.paragraphs[2])
    }
}
