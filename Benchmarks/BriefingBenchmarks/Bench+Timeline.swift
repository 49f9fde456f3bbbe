import BriefingAnalysis
import BriefingModel
import BriefingSources
import Foundation

extension Bench {
    /// What date extraction and day ranking add to the analysis ("aggregation") of a corpus: the
    /// dated Timeline17 topics and the BBC articles, each as the tool reads them.
    func timelineDates() throws {
        var corpora: [(name: String, articles: [Article])] = []
        let topics = data + "/timeline17"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: topics))?.sorted() ?? []
        for name in names {
            let path = topics + "/" + name + "/articles.jsonl"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            corpora.append(("timeline17/" + name, try CorpusReader().read([path]).articles))
        }
        let bbc = try bbcArticles()
        if !bbc.isEmpty { corpora.append(("bbc", bbc)) }
        guard !corpora.isEmpty else { return print("timeline: skipped (\(data) holds no timeline17 or bbc articles)") }
        let day = Day(year: 2024, month: 12, day: 5)!
        for (name, articles) in corpora {
            let (total, _) = time { BriefingAnalyzer().briefing(for: articles, title: "bench", generated: day) }
            var best = DateExtractionProbe.measure(articles)
            for _ in 0..<4 {
                let t = DateExtractionProbe.measure(articles)
                if t.extraction + t.ranking < best.extraction + best.ranking { best = t }
            }
            let dateSeconds = best.extraction + best.ranking
            print(String(format: "timeline %@: %d articles, analysis %.3f s; dates %.4f s (extraction %.4f, ranking %.4f) = %.1f %% added; %d expressions, %d entries",
                         name, articles.count, total, dateSeconds, best.extraction, best.ranking,
                         100 * dateSeconds / max(total - dateSeconds, 1e-9), best.expressions, best.entries))
        }
    }
}
