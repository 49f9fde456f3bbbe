import BriefingAnalysis
import BriefingModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Bench {
    /// The whole analysis (per-article pass, corpus merge, participants, key phrases, topics,
    /// reactions, stories, timeline, executive summary) of the BBC dev articles, already read:
    /// the budget is under one second on two cores. Best of five wall times, since the
    /// machine is shared and single runs are noisy; the CPU time per run is printed too, because
    /// it does not depend on what else the machine is doing.
    func analysis() throws {
        let articles = try bbcArticles()
        guard !articles.isEmpty else { return print("analysis: skipped (\(bbcFolder) not present)") }
        let analyzer = BriefingAnalyzer()
        let generated = Day(year: 2024, month: 12, day: 6)!
        let runs = 5
        let cpuBefore = Self.processCPUSeconds()
        let (seconds, briefing) = time(runs: runs) {
            analyzer.briefing(for: articles, title: "Bench", generated: generated)
        }
        let cpuPerRun = (Self.processCPUSeconds() - cpuBefore) / Double(runs)
        print(String(format: "analysis: %d BBC articles -> %d stories, %d topics, %d reaction themes in %.3f s wall (best of %d), %.3f s CPU per run, %d cores",
                     articles.count, briefing.stories.count, briefing.topics.count, briefing.reactions.count,
                     seconds, runs, cpuPerRun, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// CPU seconds used by this process so far (all threads).
    static func processCPUSeconds() -> Double {
        #if canImport(Glibc)
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        #else
        return 0
        #endif
    }
}
