import BriefingKit
import Foundation

extension Bench {
    var extractionFolder: String { data + "/article_extraction/html" }

    /// Saved web pages read as articles (parse, main-content extraction, metadata, cleaning), one
    /// page after another on one thread, file reading included. Printed as pages per second of
    /// that thread's CPU time (what "one core" means on a shared machine) and of wall time.
    func extractionSpeed() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: extractionFolder) else {
            return print("extraction: skipped (\(extractionFolder) not present)")
        }
        let pages = names.filter { $0.hasSuffix(".html") }.sorted().map { extractionFolder + "/" + $0 }
        let reader = CorpusReader()
        let megabytes = pages.reduce(0.0) { total, page in
            total + Double((try? FileManager.default.attributesOfItem(atPath: page)[.size] as? Int) ?? 0) / 1_000_000
        }
        var bestCPU = Double.infinity
        var bestWall = Double.infinity
        var characters = 0
        for _ in 0..<5 {
            let wallStart = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.threadCPUSeconds()
            characters = 0
            for page in pages { characters += try reader.read([page]).articles.reduce(0) { $0 + $1.body.count } }
            bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9)
        }
        print(String(format: "extraction: %d web pages (%.1f MB) in %.3f s CPU = %.0f pages/s of one core (%.0f pages/s wall), %d characters of text",
                     pages.count, megabytes, bestCPU, Double(pages.count) / bestCPU, Double(pages.count) / bestWall, characters))
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
