@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Files written to hurt the reader: each is refused quickly, named, and the rest still read.
@Suite struct HostileInputTests {
    static let good = "Good article\nA perfectly ordinary body."

    func readWithGood(_ name: String, _ text: String) throws -> ReadResult {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.good)
        try folder.write(name, text)
        return try CorpusReader().read([folder.path])
    }

    @Test func billionLaughsIsRefused() throws {
        var entities = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(entities)]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>"
        let result = try readWithGood("bomb.xml", bomb)
        #expect(result.articles.map(\.id) == ["good"])
        let skipped = try #require(result.skipped.first)
        #expect(skipped.reason.contains("refused"))
        #expect(skipped.line == 2)
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss><channel><item><title>&secret;</title><description>x</description></item></channel></rss>
        """
        let result = try readWithGood("xxe.xml", xxe)
        #expect(!result.articles.contains { $0.title.contains("root:") || $0.body.contains("root:") })
        #expect(result.skipped.count == 1)
    }

    @Test func externalDTDIsNotFetched() throws {
        // A DOCTYPE without internal entities parses, and nothing is loaded from the network.
        let feed = """
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://192.0.2.1/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old</title><item><title>Old feed item</title><description>Still read.</description></item></channel></rss>
        """
        let result = try readWithGood("old.rss", feed)
        #expect(result.articles.contains { $0.title == "Old feed item" })
    }

    @Test func malformedXMLIsNamedWithLineAndColumn() throws {
        let result = try readWithGood("broken.xml", "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>Open</item>\n</channel></rss>")
        let skipped = try #require(result.skipped.first)
        #expect(skipped.reason.hasPrefix("malformed XML"))
        #expect(skipped.line == 3)
        #expect(skipped.column != nil)
        #expect(result.articles.map(\.id) == ["good"])
    }

    @Test func xmlThatIsNotAFeedIsNamed() throws {
        let result = try readWithGood("page.xml", "<?xml version=\"1.0\"?><svgish><a/></svgish>")
        #expect(result.skipped.first?.reason.contains("not an RSS or Atom feed") == true)
    }

    @Test func binaryNoiseIsSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.good)
        var generator = SystemRandomNumberGenerator()
        try folder.write("noise.txt", data: Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0]))
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.map(\.id) == ["good"])
        #expect(result.skipped.first?.reason == "binary data, not text")
    }

    @Test func strictModeStopsAtTheFirstBadFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.good)
        let bad = try folder.write("b.json", "{ nope")
        #expect(throws: ReadError.self) { try CorpusReader(strict: true).read([folder.path]) }
        do {
            _ = try CorpusReader(strict: true).read([folder.path])
        } catch {
            #expect("\(error)".contains(bad))
        }
    }
}
