import Foundation
import TestSupport
import Testing

/// The real binary on the real sample articles, checked with the PDF tools a user would trust.
@Suite(.serialized) struct SeedBriefingTests {
    static let epoch = ["SOURCE_DATE_EPOCH": "1733356800"]

    @Test func buildsAValidPDFFromTheSeeds() async throws {
        let folder = try TemporaryFolder()
        let pdf = folder.path + "/seeds.pdf"
        let build = try await Run(Package.binary, ["build", Package.seeds, "-o", pdf], environment: Self.epoch)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains(pdf))

        let check = try await Run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("No syntax or stream encoding errors"))

        let info = try await Run("pdfinfo", [pdf]).stdout
        let pages = Int(info.line(startingWith: "Pages:")?.split(separator: " ").last ?? "") ?? 0
        #expect(pages >= 3)
        #expect(info.contains("595.28 x 841.89 pts (A4)"))
        #expect(info.line(startingWith: "Title:")?.contains("Briefing") == true)
        #expect(info.line(startingWith: "Creator:")?.contains("Briefing") == true)

        let fonts = try await Run("pdffonts", [pdf]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.contains(" yes yes "), "font not embedded and subset: \(font)")
        }
    }

    @Test func textNamesTheParticipantsAndEverySectionInOrder() async throws {
        let folder = try TemporaryFolder()
        let pdf = folder.path + "/seeds.pdf"
        _ = try await Run(Package.binary, ["build", Package.seeds, "-o", pdf], environment: Self.epoch)
        let text = try await Run("pdftotext", ["-layout", pdf, "-"]).stdout
        for name in ["Lavrov", "Antony Blinken", "Marco Rubio", "OSCE", "NATO", "United Nations", "Malta", "Malaysia"] {
            #expect(text.contains(name), "missing \(name)")
        }
        Self.expectInOrder(Self.briefSections, in: text)
        #expect(!text.contains("Reactions"), "a brief briefing leaves the reactions to --detail full")
        #expect(text.contains("no dates") || text.contains("undated") || text.contains("Undated"))
        // --detail full prints every section.
        let full = folder.path + "/full.pdf"
        _ = try await Run(Package.binary, ["build", Package.seeds, "-o", full, "--detail", "full"], environment: Self.epoch)
        Self.expectInOrder(Self.fullSections, in: try await Run("pdftotext", ["-layout", full, "-"]).stdout)
    }

    static let briefSections = ["Key developments", "Topics", "Timeline", "Participants", "Stories", "Sources"]
    static let fullSections = ["Key developments", "Topics", "Timeline", "Participants", "Reactions", "Stories", "Sources"]

    /// Each section's heading, a line of its own, comes after the one before it (the contents
    /// list, in two columns, and table headers such as "Sources" are not lines of their own).
    static func expectInOrder(_ sections: [String], in text: String) {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var cursor = 0
        for section in sections {
            let found = lines[cursor...].firstIndex(of: section)
            #expect(found != nil, "no heading \(section) after line \(cursor)")
            cursor = (found ?? cursor) + 1
        }
    }

    @Test func outlineHasAnEntryPerSection() async throws {
        let folder = try TemporaryFolder()
        let pdf = folder.path + "/seeds.pdf"
        _ = try await Run(Package.binary, ["build", Package.seeds, "-o", pdf], environment: Self.epoch)
        let json = try await Run("qpdf", ["--json", "--json-key=outlines", pdf]).stdout
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let outlines = root?["outlines"] as? [[String: Any]] ?? []
        let titles = outlines.compactMap { $0["title"] as? String }
        for section in Self.briefSections {
            #expect(titles.contains(section), "outline lacks \(section): \(titles)")
        }
    }

    @Test func sameInputsGiveTheSameJSON() async throws {
        let first = try await Run(Package.binary, ["analyze", Package.seeds, "--json"], environment: Self.epoch)
        let second = try await Run(Package.binary, ["analyze", Package.seeds, "--json"], environment: Self.epoch)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }
}

extension String {
    func line(startingWith prefix: String) -> String? {
        split(separator: "\n").first { $0.hasPrefix(prefix) }.map(String.init)
    }
}
