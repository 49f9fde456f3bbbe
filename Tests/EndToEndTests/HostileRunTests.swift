import Foundation
import TestSupport
import Testing

/// Runs a hostile user or environment could cause: each ends with a message and a documented
/// status, never a signal, and leaves no temporary file behind.
@Suite struct HostileRunTests {
    static let seed = Package.seeds + "/000_17a0d00d196b253f.txt"

    @Test func aOneCharacterOutputNameIsWritten() async throws {
        let folder = try TemporaryFolder()
        let run = try await Run(Package.binary, ["build", Self.seed, "-o", "a"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        // The PDF, and the series archive a build keeps beside it; no temporary file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a", "archive.sqlite"])
    }

    /// `-` is standard output; so is `/dev/stdout`, which on a pipe ends at `pipe:[N]`, no path.
    @Test(arguments: ["-", "/dev/stdout"])
    func standardOutputGetsThePDF(output: String) async throws {
        let folder = try TemporaryFolder()
        let run = try await Run(Package.binary, ["build", Self.seed, "-o", output], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("%PDF-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(arguments: ["analyze --json", "extract"])
    func aFailedWriteToStandardOutputIsNamed(command: String) async throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let run = try await Run("/bin/sh", ["-c", "'\(Package.binary)' \(command) '\(Self.seed)' > /dev/full"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("standard output: cannot be written"))
    }

    /// Messages that cannot be shown are dropped; the run still ends as it would have.
    @Test func aFullStandardErrorEndsNoRun() async throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let folder = try TemporaryFolder()
        let run = try await Run("/bin/sh", ["-c", "'\(Package.binary)' build '\(Self.seed)' -o out.pdf 2>/dev/full; echo status=$?"],
                                in: folder.path)
        #expect(run.stdout.contains("status=0"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/out.pdf"))
    }

    /// Two cores creating their first libxml2 parser at once could hang the reader for good
    /// (libxml2's lazy global setup; about one run in sixty over six pages). Each run is a fresh
    /// process, bounded by `timeout` so that a hang fails the test instead of stopping the suite.
    @Test func webPagesReadSideBySideNeverHang() async throws {
        let folder = try TemporaryFolder()
        for n in 0..<8 {
            try folder.write("p\(n).html", "<html><head><title>Talks \(n)</title></head><body><article>"
                             + "<p>Negotiators met again in Vienna on Monday, officials said.</p></article></body></html>")
        }
        for _ in 0..<30 {
            let run = try await Run("timeout", ["60", Package.binary, "extract", folder.path, "-o", "/dev/null"])
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    @Test func chartsOntoAFileSaySoAndExitThree() async throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("charts", "a file")
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", Self.seed, "-o", pdf, "--charts", file])
        #expect(run.status == 3)
        #expect(run.stderr.contains("is a file, not a folder"))
        #expect(!run.stderr.contains("NSError") && !run.stderr.contains("Domain="))
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test func tooLargeAFileSizeLimitIsAUsageError() async throws {
        let run = try await Run(Package.binary, ["analyze", "--json", "--max-file-size", "8796093022208", Self.seed])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--max-file-size"))
    }

    @Test func articlesAtTheCalendarEdgesRenderFromTheirModel() async throws {
        let folder = try TemporaryFolder()
        for (name, day) in [("old.md", "0001-01-01"), ("new.md", "9999-12-31")] {
            try folder.write(name, "---\ntitle: Talks\ndate: \(day)\n---\nThe minister said last month that talks failed. Next year they resume, and next month too.\n")
            let model = folder.path + "/\(name).json"
            let analyze = try await Run(Package.binary, ["analyze", "--json", folder.path + "/" + name, "-o", model])
            #expect(analyze.status == 0, "\(analyze.stderr)")
            let render = try await Run(Package.binary, ["render", model, "-o", folder.path + "/\(name).pdf"])
            #expect(render.status == 0, "\(render.stderr)")
        }
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedRunLeavesNoTemporaryFile(_ signalNumber: Int32) async throws {
        let folder = try TemporaryFolder()
        let pdf = folder.path + "/out.pdf"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Package.binary)
        process.arguments = ["build", Package.seeds, "-o", pdf]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary file exists, then interrupt the run while it writes.
        var sawTemporary = false
        for _ in 0..<2000 where process.isRunning {
            if (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.contains(where: { $0.hasSuffix(".tmp") }) == true {
                sawTemporary = true
                break
            }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "left \(left)")
        if sawTemporary && process.terminationReason == .uncaughtSignal {
            #expect(process.terminationStatus == signalNumber)
        }
    }
}
