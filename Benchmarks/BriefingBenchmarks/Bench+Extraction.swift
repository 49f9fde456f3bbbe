import BriefingKit
import Foundation

extension Bench {
    var extractionFolder: String { data + "/article_extraction/html" }

    /// Saved web pages read as articles (parse, main-content extraction, metadata), one page
    /// after another on one thread: pages per second of one core, file reading included.
    func extractionSpeed() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: extractionFolder) else {
            return print("extraction: skipped (\(extractionFolder) not present)")
        }
        let pages = names.filter { $0.hasSuffix(".html") }.sorted().map { extractionFolder + "/" + $0 }
        let reader = CorpusReader()
        let megabytes = pages.reduce(0.0) { total, page in
            total + Double((try? FileManager.default.attributesOfItem(atPath: page)[.size] as? Int) ?? 0) / 1_000_000
        }
        let (seconds, characters) = try time(runs: 3) {
            var characters = 0
            for page in pages { characters += try reader.read([page]).articles.reduce(0) { $0 + $1.body.count } }
            return characters
        }
        print(String(format: "extraction: %d web pages (%.1f MB) in %.3f s = %.0f pages/s (one core), %d characters of text",
                     pages.count, megabytes, seconds, Double(pages.count) / seconds, characters))
    }
}
