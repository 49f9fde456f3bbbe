@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Every file under an input is read or named: links, odd names, wide encodings, old line ends.
@Suite struct NothingSkippedSilentlyTests {
    static let texts = [
        "Budget talks resume\nMinisters met again on Monday in Brussels.",
        "Harbour strike ends\nDock workers returned on Tuesday after a pay deal.",
        "Rail line reopens\nTrains ran again through the valley on Wednesday.",
        "Flood defences funded\nThe council approved new river walls on Thursday.",
    ]

    @Test func linkedArticlesAreReadAndFolderLoopsNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("real/a.txt", Self.texts[0])
        try folder.makeFolder("articles")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/articles/linked.txt", withDestinationPath: "../real/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/articles/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/articles/gone.txt", withDestinationPath: "missing.txt")
        let result = try CorpusReader().read([folder.path + "/articles"])
        #expect(result.articles.map(\.id).contains("linked"))
        #expect(result.skipped.contains { $0.path.hasSuffix("gone.txt") })
        // The loop leads back to the parent; what lies there is read once, and nothing hangs.
        #expect(result.articles.filter { $0.id.hasSuffix("linked") }.count == 1)
    }

    @Test func aNameThatIsNotUTF8IsNamedAndFatalWhenStrict() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.texts[0])
        var raw = Array((folder.path + "/bad").utf8).map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0xFF)]
        raw += Array(".txt".utf8).map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(raw, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        _ = Array(Self.texts[1].utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.map(\.id) == ["good"])
        #expect(result.skipped.first?.reason.contains("not UTF-8") == true)
        #expect(throws: ReadError.self) { try CorpusReader(strict: true).read([folder.path]) }
    }

    @Test func anUnreadableFolderIsNamed() throws {
        guard geteuid() != 0 else { return }  // root reads every folder
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.texts[0])
        let locked = try folder.makeFolder("locked")
        try folder.write("locked/hidden.txt", Self.texts[1])
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        let result = try CorpusReader().read([folder.path])
        #expect(result.skipped.contains { $0.path.hasSuffix("locked") && $0.reason.contains("folder cannot be read") })
        #expect(throws: ReadError.self) { try CorpusReader(strict: true).read([folder.path]) }
    }

    @Test(arguments: [("utf-16 with BOM", 0), ("utf-16le", 1), ("utf-16be", 2), ("utf-32 with BOM", 3), ("utf-32le", 4), ("utf-32be", 5)])
    func wideUnicodeIsDecoded(_ label: String, _ form: Int) throws {
        let text = Self.texts[form % Self.texts.count] + " Café.\n"
        let data: Data
        switch form {
        case 0: data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        case 1: data = text.data(using: .utf16LittleEndian)!
        case 2: data = text.data(using: .utf16BigEndian)!
        case 3: data = Data([0xFF, 0xFE, 0, 0]) + text.data(using: .utf32LittleEndian)!
        case 4: data = text.data(using: .utf32LittleEndian)!
        default: data = text.data(using: .utf32BigEndian)!
        }
        let folder = try TemporaryFolder()
        try folder.write("wide.txt", data: data)
        let result = try CorpusReader().read([folder.path])
        let article = try #require(result.articles.first, "\(label): \(result.skipped)")
        #expect(article.title == String(text.prefix { $0 != "\n" }))
        #expect(article.body.contains("Café"))
    }

    @Test func carriageReturnLineEndsAreLines() throws {
        let folder = try TemporaryFolder()
        try folder.write("mac.txt", Self.texts[2].replacingOccurrences(of: "\n", with: "\r") + "\rA second paragraph.\r")
        try folder.write("dos.txt", Self.texts[3].replacingOccurrences(of: "\n", with: "\r\n"))
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.first { $0.id == "mac" }?.title == "Rail line reopens")
        #expect(result.articles.first { $0.id == "dos" }?.title == "Flood defences funded")
    }
}
