@testable import BriefingSources
import BriefingModel
import BriefingSupport
import Foundation
import TestSupport
import Testing

/// Inputs built to make the reader's work or memory explode are refused or summarised.
@Suite struct BoundedReadingTests {
    static let good = HostileInputTests.good

    func readWithGood(_ name: String, _ text: String) throws -> ReadResult {
        try HostileInputTests().readWithGood(name, text)
    }

    @Test func frontMatterAliasBombIsRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        let result = try readWithGood("bomb.md", "---\n\(yaml)title: Bomb\n---\nBody.\n")
        #expect(result.articles.map(\.id) == ["good"])
        #expect(result.skipped.first?.reason.contains("YAML aliases") == true)
    }

    @Test func frontMatterWithAFewAliasesIsStillRead() throws {
        let result = try readWithGood("ok.md", "---\nbase: &b News\ntitle: Talks resume\nsource: *b\n---\nMinisters met.\n")
        #expect(result.articles.first { $0.id == "ok" }?.source == "News")
    }

    @Test(arguments: ["<!-- ] <x> -->", "<!ELEMENT rss (#PCDATA)><!ATTLIST rss v CDATA \"]>\">", "<?pi ] <y ?>"])
    func entityDeclarationsAfterTrickyMarkupAreRefused(_ before: String) throws {
        let feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n\(before)\n<!ENTITY big \"\(String(repeating: "A", count: 1000))\">\n]>\n"
            + "<rss><channel><item><title>T</title><description>&big;&big;</description></item></channel></rss>"
        let result = try readWithGood("q.rss", feed)
        #expect(result.articles.map(\.id) == ["good"])
        let skipped = try #require(result.skipped.first)
        #expect(skipped.reason.hasPrefix("refused"))
        #expect(skipped.line == 4)
    }

    @Test func aDoctypeWithoutEntitiesIsStillRead() throws {
        let feed = "<?xml version=\"1.0\"?>\n<!-- [ -->\n<!DOCTYPE rss [<!ELEMENT rss ANY>]>\n"
            + "<rss><channel><item><title>Plain item</title><description>Text.</description></item></channel></rss>"
        let result = try readWithGood("plain.rss", feed)
        #expect(result.articles.contains { $0.title == "Plain item" })
    }

    @Test func manyBadRecordsAreCountedNotListed() throws {
        let lines = (1...2000).map { "{\"title\": \"x\", broken \($0)" }.joined(separator: "\n")
        let result = try readWithGood("bad.jsonl", lines)
        #expect(result.skipped.count == FileOutcome.listedRecords + 1)
        let summary = try #require(result.skipped.last)
        #expect(summary.reason.contains("\(2000 - FileOutcome.listedRecords) more bad record(s)"))
        #expect(summary.reason.contains("lines \(FileOutcome.listedRecords + 1)-2000"))
        #expect(result.articles.map(\.id) == ["good"])
    }

    /// Past the named ones, bad lines are only counted: those that cannot be an object without
    /// parsing them, the rest without locating the parser's complaint.
    @Test func countedBadLinesOfEveryKindLeaveTheGoodOnesRead() throws {
        var lines: [String] = []
        for n in 1...300 {
            lines.append(n % 3 == 0 ? "{\"title\": bad \(n)}" : n % 3 == 1 ? "{\"title\": \"cut \(n)" : "[\(n), 2]")
            if n % 100 == 0 { lines.append("{\"title\": \"Vote \(n)\", \"text\": \"The council voted on plan \(n), officials said.\"}") }
        }
        let result = try readWithGood("mixed.jsonl", lines.joined(separator: "\n"))
        #expect(result.articles.count == 4)
        #expect(result.skipped.count == FileOutcome.listedRecords + 1)
        #expect(result.skipped.last?.reason.contains("\(300 - FileOutcome.listedRecords) more bad record(s)") == true)
    }

    @Test func aNULByteInASourcesFileIsRefusedAndPlaced() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.good)
        try folder.write("sources.toml", "[\"a.txt\"]\nsource = \"Wire\"\n\u{0}\nurl = \"https://example.org\"\n")
        let result = try CorpusReader().read([folder.path])
        let skipped = try #require(result.skipped.first { $0.path.hasSuffix("sources.toml") })
        #expect(skipped.reason.contains("NUL byte"))
        #expect(skipped.line == 3)
    }

    @Test func aNULByteInAWatchlistIsRefused() {
        #expect(throws: WatchlistReader.Problem.self) {
            try WatchlistReader.parse("[topics]\n\"climate\" = [\"emissions\"]\n\u{0}\n\"arms\" = [\"treaty\"]\n")
        }
    }
}

/// Crashers found by `make fuzz`, kept: each once ended the run with a signal.
@Suite struct FuzzCrasherTests {
    /// toml++ asserted (SIGABRT) on a table header starting with a character no key starts with.
    @Test(arguments: ["x = [1, }2]\n", "x = [\n  1, # note\n}]\n", "[[\nlabel = \"a\"\n", "[ \n", "[\rfonts]", "[<]", "[ <]", "[[<]]", "[[ [a]]]", "[.a]", "[,]", "[=]", "[#]", "[\t<]",
                      "[[topic]]\nlabel = \"a\"\n\n[<![CDATA[topics]\n\"climate\" = [\"x\"]\n",
                      "x = [\u{2028} 1]\n", "x = [1, \u{85} 2]\n", "\"climate\" = [\u{2029}\"x\"]\n"])
    func tableHeadersThatAbortedTheParserAreRefused(_ text: String) throws {
        #expect(throws: WatchlistReader.Problem.self) { try WatchlistReader.parse(text) }
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Budget talks\nMinisters met.")
        try folder.write("sources.toml", text)
        let result = try CorpusReader().read([folder.path])
        #expect(result.skipped.first?.reason.contains("malformed TOML") == true)
    }

    /// A line separator inside a string is text, not a break: such a file still reads.
    @Test func aLineSeparatorInsideAStringIsAccepted() {
        #expect(TOMLHeaderCheck.abortingLine(in: "a = \"x\u{2028}y\"\nb = [\"\u{85}\"]\n") == nil)
        #expect(TOMLHeaderCheck.abortingLine(in: "a = 1\nb = [\u{2028}2]\n") == 2)
    }

    /// Ink's own front-matter reader ran past the end of a Markdown body opening with `---`
    /// and no closing line (found by the reader fuzz).
    @Test(arguments: ["---\n", "---\n\n  ", "---\nkey", "\n---\n\n", "---\na: b\n  \n", "  ---\n-"])
    func markdownOpeningWithARuleIsReadNotTrapped(_ body: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "# Budget talks\n\n" + body)
        try folder.write("b.md", body + "\nMinisters met on Monday.\n")
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.count + result.skipped.count == 2)
    }

    /// Ink's link and image reader is exponential in nested brackets; such runs are made text first.
    @Test(arguments: [String(repeating: "[", count: 40_000), String(repeating: "![", count: 5_000),
                      String(repeating: "[a](", count: 5_000), "See [the [nested] text](https://example.org) and ![a [b]](c)."])
    func markdownBracketRunsAreReadInBoundedTime(_ body: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "# Brackets\n\n" + body + "\n")
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.count == 1)
    }

    @Test func validHeadersAndMultilineStringsAreNotRefused() throws {
        let text = "[topics]\n\"a b\" = [\"x\"]\n'c' = [\"\"\"\n[<not a header>\n\"\"\"]\n[[topic]]\nlabel = \"d\"\n"
        #expect(try WatchlistReader.parse(text).count == 3)
    }
}

/// Foundation's path functions trap on short relative names on Linux; the reader's own do not.
@Suite struct PathPartsTests {
    @Test func aSidecarFileAtTheTopOfAFileInputIsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Budget talks\nMinisters met.")
        try folder.write("sources.toml", "[\"a.txt\"]\nsource = \"Wire\"\n")
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.first?.source == "Wire")
    }
}

/// FoundationXML crashed (SIGSEGV in strlen) on a processing instruction without data.
@Suite struct ProcessingInstructionCrasherTests {
    @Test(arguments: ["<?xml version=\"1.0\"?><?x?>", "<?x?>", "<?xml version=\"1.0\"?>\n<?xml-stylesheet?>"])
    func aProcessingInstructionWithoutDataIsRead(_ prolog: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.rss", prolog + "<rss><channel><item><title>Talks<?p?></title><description>Ministers met.</description></item></channel></rss>")
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.map(\.title) == ["Talks"])
    }
}
