import BriefingKit
import BriefingModel
import BriefingSources
import Foundation

/// The component benchmarks, on corpora built from the shared data in a temporary folder.
struct Bench {
    let data: String

    var bbcFolder: String { data + "/bbc/articles" }

    /// Seconds taken by `work`, best of `runs`.
    func time<T>(runs: Int = 3, _ work: () throws -> T) rethrows -> (seconds: Double, result: T) {
        var best = Double.infinity
        var result: T?
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            let value = try work()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            result = value
        }
        return (best, result!)
    }

    /// The BBC dev articles as (title, body), the raw material of the synthetic corpora.
    func bbcArticles() throws -> [Article] {
        guard FileManager.default.fileExists(atPath: bbcFolder) else { return [] }
        return try CorpusReader().read([bbcFolder]).articles
    }

    /// Reading speed of one large feed and one large JSON Lines file, on one core (one file is
    /// parsed by one thread).
    func readingThroughput() throws {
        let articles = try bbcArticles()
        guard !articles.isEmpty else { return print("reading: skipped (\(bbcFolder) not present)") }
        let folder = NSTemporaryDirectory() + "briefing-bench-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let copies = Int(ProcessInfo.processInfo.environment["BENCH_COPIES"] ?? "20")!
        var feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench</title>\n"
        var lines = ""
        var index = 0
        for copy in 0..<copies {
            for article in articles {
                index += 1
                let html = "<p>" + article.body.replacingOccurrences(of: "&", with: "&amp;")
                    .replacingOccurrences(of: "\n", with: "</p><p>") + "</p>"
                feed += "<item><title>\(escape(article.title))</title><link>https://bench.example/\(index)</link>"
                    + "<guid>bench-\(index)</guid><pubDate>Thu, 05 Dec 2024 10:\(copy % 60):00 +0000</pubDate>"
                    + "<description><![CDATA[\(html)]]></description></item>\n"
                let record: [String: Any] = ["id": "r\(index)", "title": article.title, "maintext": article.body,
                                             "date_publish": "2024-12-05 10:00:00", "source_domain": "bench.example"]
                lines += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
            }
        }
        feed += "</channel></rss>\n"
        for (name, text) in [("feed.xml", feed), ("corpus.jsonl", lines)] {
            let path = folder + "/" + name
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            let megabytes = Double(text.utf8.count) / 1_000_000
            let (seconds, result) = try time { try CorpusReader(maximumFileSize: 1 << 30).read([path]) }
            print(String(format: "reading %@: %.1f MB, %d articles in %.3f s = %.0f MB/s (one core)",
                         name, megabytes, result.articles.count, seconds, megabytes / seconds))
        }
    }

    /// Reading speed of one given file, best of 5.
    func readingSpeed(of path: String) throws {
        let megabytes = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_000_000
        let (seconds, result) = try time(runs: 5) { try CorpusReader(maximumFileSize: 1 << 30).read([path]) }
        print(String(format: "reading %@: %.1f MB, %d articles in %.3f s = %.0f MB/s (one core)",
                     path, megabytes, result.articles.count, seconds, megabytes / seconds))
    }

    /// Duplicate detection on 100,000 articles made by repeating the BBC dev split with small
    /// random edits (so copies are near, not exact, duplicates).
    func duplicateDetection(target: Int = 100_000) throws {
        let articles = try bbcArticles()
        guard !articles.isEmpty else { return print("duplicates: skipped (\(bbcFolder) not present)") }
        var generator = SeededGenerator(seed: 42)
        var corpus: [Article] = []
        corpus.reserveCapacity(target)
        while corpus.count < target {
            let original = articles[corpus.count % articles.count]
            var words = original.body.split(separator: " ").map(String.init)
            for _ in 0..<max(1, words.count / 50) {  // about 2 % of the words changed
                let position = Int.random(in: 0..<words.count, using: &generator)
                words[position] = "edit\(Int.random(in: 0..<1000, using: &generator))"
            }
            corpus.append(Article(id: "a\(corpus.count)", title: original.title, body: words.joined(separator: " "),
                                  path: "bench"))
        }
        let (seconds, outcome) = time(runs: 1) { DuplicateMerger().merge(corpus) }
        print(String(format: "duplicates: %d articles (%d distinct stories) -> %d after merging %d copies in %.2f s",
                     corpus.count, articles.count, outcome.articles.count, outcome.merged, seconds))
    }

    func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}

/// A small deterministic generator (SplitMix64) so every run perturbs the corpus the same way.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
