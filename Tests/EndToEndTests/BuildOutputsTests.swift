import Foundation
import TestSupport
import Testing

/// `briefing build` with the outputs for print and mail: every style, chart files, the email
/// draft, and the same PDF twice for the same inputs and day.
@Suite(.serialized) struct BuildOutputsTests {
    @Test func everyStyleBuildsFromTheSeeds() async throws {
        let folder = try TemporaryFolder()
        let sizes = ["default": "(A4)", "letter": "(letter)", "print": "(A4)", "compact": "(A4)"]
        for (style, size) in sizes {
            let pdf = folder.path + "/\(style).pdf"
            let build = try await Run(Package.binary, ["build", Package.seeds, "-o", pdf, "--style", style,
                                                        "--date", "2024-12-05"])
            #expect(build.status == 0, "\(style): \(build.stderr)")
            let check = try await Run("qpdf", ["--check", pdf])
            #expect(check.status == 0, "\(style): \(check.stdout)")
            let info = try await Run("pdfinfo", [pdf]).stdout
            #expect(info.line(startingWith: "Page size:")?.hasSuffix(size) == true, "\(style): \(info)")
            if style == "default" {
                let bytes = (try FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? .max
                #expect(bytes < 300_000, "default PDF is \(bytes) bytes")
            }
        }
    }

    @Test func chartsAndEmailAreWrittenBesideThePDF() async throws {
        let folder = try TemporaryFolder()
        let pdf = folder.path + "/brief.pdf"
        let charts = folder.path + "/charts"
        let build = try await Run(Package.binary, ["build", Package.seeds, "-o", pdf, "--charts", charts, "--email",
                                                    "--date", "2024-12-05", "--author", "Press Office"])
        #expect(build.status == 0, "\(build.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: charts)
        #expect(files.contains("01-topics.svg") && files.contains("01-topics.png"), "\(files)")
        let eml = try String(contentsOfFile: folder.path + "/brief.eml", encoding: .utf8)
        #expect(eml.contains("Content-Type: multipart/mixed"))
        #expect(eml.contains("Content-Disposition: attachment; filename=\"brief.pdf\""))
        #expect(eml.contains("Date: Thu, 05 Dec 2024 00:00:00 +0000"))
        let digest = try String(contentsOfFile: folder.path + "/brief.txt", encoding: .utf8)
        #expect(digest.contains("EXECUTIVE SUMMARY") && digest.contains("SOURCES"))
        let info = try await Run("pdfinfo", [pdf]).stdout
        #expect(info.line(startingWith: "Author:")?.contains("Press Office") == true)
    }

    @Test func sameInputsSameDayGiveTheSameBytes() async throws {
        let folder = try TemporaryFolder()
        var outputs: [Data] = []
        for name in ["one.pdf", "two.pdf"] {
            let pdf = folder.path + "/" + name
            let build = try await Run(Package.binary, ["build", Package.seeds, "-o", pdf],
                                      environment: ["SOURCE_DATE_EPOCH": "1733356800"])
            #expect(build.status == 0, "\(build.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: pdf)))
        }
        #expect(outputs[0] == outputs[1])
    }
}
