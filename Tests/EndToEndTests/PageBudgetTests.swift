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

    /// Timeline17 dev topics (a few hundred scraped pages each, long run-on titles) in every
    /// style: each within its style's pages, laid out again with tighter lists when over.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: Package.sharedData + "/timeline17/bpoil_bbc")))
    func timelineTopicsFitTheirPagesInEveryStyle() async throws {
        let folder = try TemporaryFolder()
        for topic in ["MJ_bbc", "bpoil_bbc"] {
            for (style, budget) in [("default", 8), ("compact", 4), ("print", 8)] {
                let pdf = folder.path + "/\(topic)-\(style).pdf"
                let run = try await Run(Package.binary, ["build", Package.sharedData + "/timeline17/\(topic)/articles.jsonl",
                                                         "--style", style, "-o", pdf], environment: Self.epoch)
                #expect(run.status == 0 || run.status == 3, "\(run.stderr)")
                let count = try await pages(pdf)
                #expect((1...budget).contains(count), "\(topic) in \(style): \(count) pages")
            }
        }
    }

    /// Hundreds of unreadable files beside the articles: the list of skipped files is cut (the
    /// run's messages name them all) and the briefing keeps its pages.
    @Test func manySkippedFilesKeepTheBriefingInItsPages() async throws {
        let folder = try TemporaryFolder()
        for seed in try FileManager.default.contentsOfDirectory(atPath: Package.root + "/seeds") {
            try FileManager.default.copyItem(atPath: Package.root + "/seeds/" + seed, toPath: folder.path + "/" + seed)
        }
        for n in 1...300 { _ = try folder.write("broken-\(n).json", "{\"title\": \"cut off") }
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["build", folder.path, "-o", pdf], environment: Self.epoch)
        #expect(run.status == 3, "\(run.stderr.prefix(400))")
        #expect(try await pages(pdf) <= 8)
        let text = try await Run("pdftotext", ["-layout", pdf, "-"]).stdout
        #expect(text.contains("named in the run's messages"))
    }
}
