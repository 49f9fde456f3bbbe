import BriefingAnalysis
import BriefingKit
import BriefingModel
import BriefingRender
import Foundation

extension Bench {
    /// Layout and drawing of the 1,111-article BBC briefing (analysed once, outside the timing)
    /// in every shipped style: the budgets are under 50 ms per page and under 2 s for
    /// the whole PDF. Best of three runs, since the machine is shared.
    func rendering() throws {
        let articles = try bbcArticles()
        guard !articles.isEmpty else { return print("rendering: skipped (\(bbcFolder) not present)") }
        let briefing = BriefingAnalyzer().briefing(for: articles, title: "BBC News Briefing",
                                                   generated: Day(year: 2024, month: 12, day: 6)!)
        let folder = NSTemporaryDirectory() + "briefing-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["default", "letter", "print", "compact"] {
            let style = (try? StyleLocator.load(name)) ?? .default
            let renderer = PDFRenderer(style: style)
            let path = "\(folder)/\(name).pdf"
            let (seconds, _) = try time { try renderer.render(briefing, toPDF: path) }
            let pages = renderer.pageCount(of: briefing)
            let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print(String(format: "rendering %@: %d articles, %d pages, %d KB in %.3f s = %.1f ms/page (best of 3)",
                         name, briefing.articles.count, pages, bytes / 1024, seconds, seconds * 1000 / Double(max(pages, 1))))
        }
    }
}
