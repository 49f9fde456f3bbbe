import Foundation
import PropertyBased
import Testing

/// How much generated input each fuzz test tries: a short smoke in `swift test`, more under
/// `make fuzz` (`BRIEFING_FUZZ_COUNT` cases per round, rounds until `BRIEFING_FUZZ_SECONDS`).
enum FuzzBudget {
    static let environment = ProcessInfo.processInfo.environment

    /// Cases per round: `BRIEFING_FUZZ_COUNT`, else `smoke`.
    static func count(smoke: Int) -> Int {
        environment["BRIEFING_FUZZ_COUNT"].flatMap(Int.init) ?? smoke
    }

    /// Runs `round` once, or again and again until `BRIEFING_FUZZ_SECONDS` have passed.
    static func rounds(_ round: () async -> Void) async {
        let seconds = environment["BRIEFING_FUZZ_SECONDS"].flatMap(Double.init) ?? 0
        let end = Date().addingTimeInterval(seconds)
        repeat { await round() } while Date() < end
    }

    /// Under `make fuzz`, writes the case about to run to `briefing-fuzz-LABEL.seed` in the
    /// temporary folder: a crash ends the process, and this names the input that caused it.
    static func note(_ seed: UInt64, _ label: String) {
        guard environment["BRIEFING_FUZZ_SECONDS"] != nil else { return }
        // Plain C calls: Foundation's file writing is itself what crashed under concurrent fuzzing.
        guard let file = fopen("/tmp/briefing-fuzz-\(label).seed", "w") else { return }
        fputs("\(seed)\n", file)
        fclose(file)
    }

    /// Writes `bytes` to `path` with plain C calls (see `note`).
    static func write(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "w") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    /// Runs `body` on `smoke` fixed seeds in the suite (the same cases every run, so the suite
    /// stays deterministic), or on random seeds under `make fuzz`, each noted under `label`.
    static func check(smoke: Int, label: String, _ body: @escaping (UInt64) async throws -> Void) async {
        guard environment["BRIEFING_FUZZ_SECONDS"] != nil else {
            for seed in 1...UInt64(smoke) {
                do { try await body(seed &* 0x9E37_79B9_7F4A_7C15) } catch { Issue.record("seed \(seed): \(error)") }
            }
            return
        }
        await rounds {
            await propertyCheck(count: count(smoke: smoke), input: Gen.uint64()) { seed in
                note(seed, label)
                try await body(seed)
            }
        }
    }
}
