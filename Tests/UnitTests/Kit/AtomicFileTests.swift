import BriefingKit
import Foundation
import TestSupport
import Testing

@Suite struct AtomicFileTests {
    @Test func replacesTheFileOnlyWhenTheWriterSucceeds() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("briefing.pdf", "old")
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: target) { temporary in
                try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
                throw Boom()
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["briefing.pdf"])

        try AtomicFile.write(Data("new".utf8), to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["briefing.pdf"])
    }

    @Test func missingFolderAndFolderTargetAreNamed() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/nope"
        #expect(throws: AtomicFile.Failure.folderMissing(missing)) {
            try AtomicFile.checkWritable(missing + "/b.pdf")
        }
        #expect(throws: AtomicFile.Failure.isFolder(folder.path)) { try AtomicFile.checkWritable(folder.path) }
    }

    @Test func generationDayHonoursSourceDateEpoch() {
        #expect(GenerationDay.current(environment: ["SOURCE_DATE_EPOCH": "1733356800"]).description == "2024-12-05")
    }
}
