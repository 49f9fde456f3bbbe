import BriefingKit
import Foundation
import TestSupport
import Testing

/// A real build reports every stage to the observer, in pipeline order, with the counts the
/// progress line shows; `--timings` prints one line per stage and the whole run.
@Suite struct StageTimingsTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    /// Every event the observer heard, in order.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var began: [Stage] = []
        private(set) var counted: [Stage: Int] = [:]
        var observer: StageObserver {
            StageObserver(began: { [self] s, _ in lock.withLock { began.append(s) } },
                          advanced: { [self] s, n in lock.withLock { counted[s, default: 0] += n } })
        }
    }

    @Test func aBuildReportsEveryStageAndItsCounts() throws {
        let folder = try TemporaryFolder()
        let timings = StageTimings(), events = Events()
        var pipeline = BriefingPipeline()
        pipeline.observer = timings.observer.and(events.observer)
        let briefing = try pipeline.build([Self.seeds], to: folder.path + "/b.pdf", style: .default,
                                          generated: Day(year: 2024, month: 12, day: 6)!)
        for stage in Stage.allCases {
            #expect((timings.seconds(of: stage) ?? -1) >= 0, "no time for \(stage)")
            #expect((timings.peakMemory(after: stage) ?? 0) > 1 << 20, "no peak memory after \(stage)")
        }
        #expect(events.began.first == .read)
        #expect(events.began.last == .render)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.seeds).filter { $0 != "sources.toml" }
        #expect(events.counted[.read] == files.count)
        #expect(events.counted[.analyse] == briefing.corpus.articleCount)
        let pages = try #require(events.counted[.render])
        #expect(pages >= 2)

        let report = timings.report(usage: ResourceUsage(peakMemoryBytes: 200 << 20, cpuSeconds: 1.5))
        #expect(report.count == Stage.allCases.count + 2)
        #expect(report[0].hasPrefix("timing: read "))
        #expect(report[0].contains("MB so far"))
        #expect(report[Stage.allCases.count].contains("1.500 s CPU"))
        #expect(report[Stage.allCases.count].contains("200.0 MB peak memory"))
    }

    @Test func analysingAloneReportsNoLayout() throws {
        let timings = StageTimings()
        var pipeline = BriefingPipeline()
        pipeline.observer = timings.observer
        _ = try pipeline.analyze([Self.seeds])
        #expect(timings.seconds(of: .analyse) != nil)
        #expect(timings.seconds(of: .layout) == nil)
        #expect(!timings.report().contains { $0.hasPrefix("timing: render") })
    }

    @Test func peakMemoryAndCPUTimeAreThisProcesssOwn() {
        let usage = ResourceUsage.current()
        #expect(usage.peakMemoryBytes > 1 << 20)
        #expect(usage.cpuSeconds > 0)
    }
}
