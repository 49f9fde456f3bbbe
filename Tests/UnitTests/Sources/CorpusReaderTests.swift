@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

@Suite struct CorpusReaderTests {
    @Test func firstNonEmptyLineIsTheTitleAndTheRestTheBody() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "\n  \n  Talks in Vienna  \nFirst paragraph.\n\nSecond paragraph.\n")
        let result = try CorpusReader().read([folder.path])
        let article = try #require(result.articles.first)
        #expect(article.title == "Talks in Vienna")
        #expect(article.body == "First paragraph.\n\nSecond paragraph.")
        #expect(article.date == nil && article.source == nil && article.url == nil)
    }

    @Test func idsAreRelativePathsWithoutExtensionReadRecursivelyInOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("sport/010.txt", "B\nbody")
        try folder.write("business/002.txt", "A\nbody")
        try folder.write("business/notes", "C\nbody")
        try folder.write(".hidden.txt", "hidden\nbody")
        let ids = try CorpusReader().read([folder.path]).articles.map(\.id)
        #expect(ids == ["business/002", "business/notes", "sport/010"])
    }

    @Test func aSingleFileInputIsIdentifiedByItsName() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("deep/story.v2.txt", "Title\nbody")
        let article = try #require(try CorpusReader().read([path]).articles.first)
        #expect(article.id == "story.v2")
        #expect(article.path == path)
    }

    @Test func missingInputIsAnErrorNamingThePath() throws {
        let missing = "/nonexistent/briefing-\(UUID().uuidString)"
        #expect(throws: ReadError.missingInput(path: missing)) { try CorpusReader().read([missing]) }
        #expect(ReadError.missingInput(path: missing).description.contains(missing))
    }

    @Test func emptyFolderIsAnErrorNamingThePath() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.makeFolder("empty")
        #expect(throws: ReadError.emptyFolder(path: empty)) { try CorpusReader().read([empty]) }
    }

    /// A `.jsonl` file of arrays (a gold timeline beside its articles) is no article: its lines
    /// are named, not read as one plain-text article.
    @Test func jsonLinesOfArraysAreNamedNotReadAsText() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles.jsonl", #"{"id": "1", "text": "Talks resumed in Oslo on Monday ."}"#)
        try folder.write("timelines.jsonl", #"[["2010-04-20", ["The rig explodes ."]]]"#)
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.map(\.id) == ["1"])
        #expect(result.skipped.contains { $0.path.hasSuffix("timelines.jsonl") && $0.line == 1 && $0.reason.contains("not a JSON object") },
                "\(result.skipped)")
    }

    @Test func badFilesAreSkippedWithReasonsAndTheRestIsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", "Good\nbody")
        try folder.write("empty.txt", "")
        try folder.write("blank.txt", " \n\t\n")
        try folder.write("noise.txt", data: Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]))
        try folder.write("picture.png", data: Data([0x89, 0x50, 0x4E, 0x47]))
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.map(\.id) == ["good"])
        let reasons = Dictionary(uniqueKeysWithValues: result.skipped.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reasons["empty.txt"] == "empty file")
        #expect(reasons["blank.txt"] == "holds only white space")
        #expect(reasons["noise.txt"] == "binary data, not text")
        #expect(reasons["picture.png"]?.contains(".png") == true)
        #expect(result.skipped.allSatisfy { $0.path.hasPrefix(folder.path) })
    }

    @Test func nothingReadableIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty.txt", "")
        let error = #expect(throws: ReadError.self) {
            try CorpusReader().read([folder.path])
        }
        // The reason each file failed is part of the message, not only a count.
        #expect(error?.description.contains("empty.txt: empty file") == true)
    }

    @Test func windows1252IsDecodedWithAWarningNamingTheFile() throws {
        let folder = try TemporaryFolder()
        // "Café – “quoted”" in Windows-1252: é = E9, en dash = 96, curly quotes = 93/94.
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x96, 0x20, 0x93] + Array("quoted".utf8) + [0x94, 0x0A] + Array("body".utf8)
        let path = try folder.write("legacy.txt", data: Data(bytes))
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.first?.title == "Café – “quoted”")
        #expect(result.warnings == ["\(path): not valid UTF-8; decoded as Windows-1252"])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let folder = try TemporaryFolder()
        try folder.write("bom.txt", data: Data([0xEF, 0xBB, 0xBF] + Array("Title\nbody".utf8)))
        #expect(try CorpusReader().read([folder.path]).articles.first?.title == "Title")
    }

    @Test func oversizedFilesAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("big.txt", String(repeating: "word ", count: 100))
        try folder.write("small.txt", "Small\nbody")
        let result = try CorpusReader(maximumFileSize: 100).read([folder.path])
        #expect(result.articles.map(\.id) == ["small"])
        #expect(result.skipped.first?.reason.contains("above the limit of 100") == true)
    }
}

@Suite struct TitleTests {
    @Test func aFirstLineThatIsAParagraphGivesItsFirstSentenceAsTitleAndStaysInTheBody() throws {
        let folder = try TemporaryFolder()
        let lead = "In a notable engagement, U.S. Senator Jane Doe held talks with Mr. Smith in Oslo on Monday. "
            + "The talks, described as frank, came at a time of tension and covered trade, energy, fisheries, "
            + "shipping lanes and the long list of other matters both sides had raised."
        try folder.write("lead.txt", lead + "\nSecond paragraph.")
        let article = try #require(try CorpusReader().read([folder.path]).articles.first)
        #expect(article.title == "In a notable engagement, U.S. Senator Jane Doe held talks with Mr. Smith in Oslo on Monday.")
        #expect(article.body.hasPrefix("In a notable engagement"))
        #expect(article.body.hasSuffix("Second paragraph."))
    }

    @Test func aHeadlineStaysTheTitle() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Talks resume in Oslo. Both sides upbeat\nBody.")
        #expect(try CorpusReader().read([folder.path]).articles.first?.title == "Talks resume in Oslo. Both sides upbeat")
    }

    @Test(arguments: [("U.S.", "Senator", false), ("talks.", "The", true), ("Mr.", "Smith", false),
                      ("Oslo.", "then", false), ("done!", "Next", true)])
    func sentenceEnds(_ word: String, _ next: String, _ ends: Bool) {
        #expect(TitleFromText.endsSentence(word[...], before: next[...]) == ends)
    }

    /// Timeline17-style records run headline, caption and lead together without full stops.
    @Test(arguments: [
        ("BP finally seals leaking Gulf of Mexico oil well The oil leak has been plugged for good , officials say .",
         "BP finally seals leaking Gulf of Mexico oil well"),
        ("NEW CAP FOR LEAKING OIL WELL In June , BP placed a cap on the well .", "NEW CAP FOR LEAKING OIL WELL"),
        ("Report by the BBC The Times and others agree the talks failed .", "Report by the BBC The Times and others agree the …"),
        ("Oil in The well .", "Oil in The well ."),
    ])
    func runOnHeadlinesEndAtTheNextSentence(_ text: String, _ title: String) {
        #expect(TitleFromText.firstSentence(of: text, maximumWords: 10) == title)
    }

    /// A caption or lead that names the headline's subject again starts after the headline; a
    /// name said twice in the headline itself, or restated after a function word, does not.
    @Test(arguments: [
        ("Ana Lopez wins the Lisbon marathon in heavy rain Ana Lopez's third win came at 31 .",
         "Ana Lopez wins the Lisbon marathon in heavy rain"),
        ("Port strike ends in Rotterdam Dock Union's leaders signed the deal . Dock Union agreed",
         "Port strike ends in Rotterdam Dock Union's leaders signed the deal ."),
        ("One of Ana Lopez's coaches, Rui Costa, says that Ana Lopez's training changed .",
         "One of Ana Lopez's coaches, Rui Costa, says that Ana Lopez's training changed ."),
        ("Lopez fans cheer Lopez in Lisbon after the race ends .", "Lopez fans cheer Lopez in Lisbon after the race ends ."),
    ])
    func aRestatedNameStartsTheText(_ text: String, _ title: String) {
        #expect(TitleFromText.firstSentence(of: text, maximumWords: 16) == title)
    }
}
