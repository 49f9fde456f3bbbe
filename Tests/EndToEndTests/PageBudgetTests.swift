import Foundation
import TestSupport
import Testing

/// The page budget end to end on the BBC dev split (over a thousand articles, many stories),
/// when `../shared/data/bbc` is beside the checkout: the default briefing fits eight A4 pages,
/// the compact style four, and `--detail full` really prints more.
@Suite(.serialized) struct PageBudgetTests {
    static let bbc = Package.sharedData + "/bbc/articles"
    static let present = FileManager.default.fileExists(atPath: bbc)
    static let epoch = ["SOURCE_DATE_EPOCH": "1733356800"]

    private func pages(_ pdf: String) async throws -> Int {
        let info = try await Run("pdfinfo", [pdf]).stdout
        return Int(info.line(startingWith: "Pages:")?.split(separator: " ").last ?? "") ?? 0
    }

    @Test(.enabled(if: present)) func aThousandArticlesFitEightPagesAndCompactFour() async throws {
        let folder = try TemporaryFolder()
        let json = folder.path + "/bbc.json"
        let analyze = try await Run(Package.binary, ["analyze", Self.bbc, "--json", "-o", json], environment: Self.epoch)
        #expect(analyze.status == 0 || analyze.status == 3, "\(analyze.stderr)")
        var counts: [String: Int] = [:]
        for (name, options) in [("default", [String]()), ("compact", ["--style", "compact"]), ("full", ["--detail", "full"])] {
            let pdf = folder.path + "/\(name).pdf"
            let render = try await Run(Package.binary, ["render", json, "-o", pdf] + options, environment: Self.epoch)
            #expect(render.status == 0, "\(render.stderr)")
            counts[name] = try await pages(pdf)
        }
        #expect((1...8).contains(counts["default"] ?? 0), "\(counts)")
        #expect((1...4).contains(counts["compact"] ?? 0), "\(counts)")
        #expect((counts["full"] ?? 0) > (counts["default"] ?? 0), "\(counts)")
        // The front page leads with the key developments; the sources list only what is cited.
        let text = try await Run("pdftotext", ["-layout", folder.path + "/default.pdf", "-"]).stdout
        let first = try await Run("pdftotext", ["-f", "1", "-l", "1", "-layout", folder.path + "/default.pdf", "-"]).stdout
        #expect(first.contains("Key developments"))
        #expect(text.contains("more articles analysed"))
    }
}
