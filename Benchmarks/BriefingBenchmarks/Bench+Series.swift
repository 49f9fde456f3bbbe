import BriefingAnalysis
import BriefingArchive
import BriefingKit
import BriefingModel
import Foundation

extension Bench {
    /// The weekly series' cost: a year of weekly 300-article briefings recorded in one archive
    /// (its size, against the 50 MB), and the comparison with last week against the
    /// analysis it follows (against the 5 %). The weeks are 300 BBC articles each,
    /// dated into consecutive weeks, so every model is of real size.
    func series() throws {
        let all = try bbcArticles()
        guard all.count >= 600 else { return print("series: skipped (\(bbcFolder) not present)") }
        let monday = Day(year: 2024, month: 1, day: 1)!
        func week(_ n: Int) -> [Article] {
            (0..<300).map { i in
                var a = all[(n * 300 + i) % all.count]
                a.date = monday.adding(days: n * 7 + i % 7)
                a.id = "w\(n)/\(a.id)"
                return a
            }
        }
        let analyzer = BriefingAnalyzer()
        let (analysis, first) = time(runs: 1) { analyzer.briefing(for: week(0), title: "Week 0", generated: monday) }
        let second = analyzer.briefing(for: week(1), title: "Week 1", generated: monday)
        let (compare, _) = time(runs: 5) { BriefingComparison.compare(second, with: first) }
        print(String(format: "series: comparison with last week %.4f s, %.1f %% of that week's analysis (%.3f s)",
                     compare, compare / analysis * 100, analysis))

        let folder = NSTemporaryDirectory() + "briefing-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = try BriefingArchive(path: folder + "/archive.sqlite")
        let weeks = 52
        var record = 0.0
        for n in 0..<weeks {
            // Week n's model: the first two weeks' briefings re-dated, so each is real-sized.
            var model = n % 2 == 0 ? first : second
            model.corpus.firstDay = monday.adding(days: n * 7)
            model.corpus.lastDay = monday.adding(days: n * 7 + 6)
            model.articles = model.articles.map { var d = $0; d.id = "y\(n)/" + d.id; d.url = d.url.map { $0 + "#\(n)" }; return d }
            record += try time(runs: 1) { try archive.record(model) }.seconds
        }
        let bytes = (try FileManager.default.attributesOfItem(atPath: archive.path)[.size] as? Int) ?? 0
        print(String(format: "series: archive of %d weekly 300-article briefings %.1f MB, %.3f s a recording",
                     weeks, Double(bytes) / 1_048_576, record / Double(weeks)))
    }
}
