import Foundation
import TestSupport
import Testing

/// Bad input gets a message naming the path, a non-zero exit, and never a half-written PDF.
@Suite struct BadInputTests {
    @Test func missingInputFolderIsNamedAndNothingIsWritten() async throws {
        let folder = try TemporaryFolder()
        let missing = folder.path + "/no-such-folder"
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", missing, "-o", pdf])
        #expect(run.status == 1)
        #expect(run.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }

    @Test func emptyInputFolderIsNamed() async throws {
        let folder = try TemporaryFolder()
        let empty = try folder.makeFolder("empty")
        let run = try await Run(Package.binary, ["build", empty, "-o", folder.path + "/out.pdf"])
        #expect(run.status == 1)
        #expect(run.stderr.contains(empty))
    }

    @Test func missingOutputFolderIsNamed() async throws {
        let folder = try TemporaryFolder()
        let target = folder.path + "/missing/out.pdf"
        let run = try await Run(Package.binary, ["build", Package.seeds, "-o", target])
        #expect(run.status == 1)
        #expect(run.stderr.contains(folder.path + "/missing"))
    }

    @Test func aFailedRunLeavesTheEarlierBriefingWhole() async throws {
        let folder = try TemporaryFolder()
        let pdf = try folder.write("out.pdf", "an earlier briefing")
        let run = try await Run(Package.binary, ["build", folder.path + "/nothing-here", "-o", pdf])
        #expect(run.status != 0)
        #expect(try String(contentsOfFile: pdf, encoding: .utf8) == "an earlier briefing")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.pdf"])
    }

    @Test func emptyAndNonUTF8FilesAreNamedAndTheRestIsBuilt() async throws {
        let folder = try TemporaryFolder()
        let input = try folder.makeFolder("in")
        try folder.write("in/good.txt", "Ministers meet in Vienna\nForeign Minister Anna Berg met Chancellor Karl Weiss in Vienna on Monday. Berg said the talks were useful.")
        let empty = try folder.write("in/empty.txt", "")
        let legacy = try folder.write("in/legacy.txt", data: Data(Array("Caf".utf8) + [0xE9] + Array(" talks\nBerg visited Vienna again.".utf8)))
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", input, "-o", pdf])
        #expect(run.status == 3, "\(run.stderr)")
        #expect(run.stderr.contains(empty))
        #expect(run.stderr.contains(legacy))
        #expect(try await Run("qpdf", ["--check", pdf]).status == 0)
    }

    @Test func analyzeWithoutJSONFlagIsAUsageError() async throws {
        let run = try await Run(Package.binary, ["analyze", Package.seeds])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--json"))
    }
}
