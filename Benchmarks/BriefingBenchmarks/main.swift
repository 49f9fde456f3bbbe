import BriefingKit
import Foundation

// Component benchmarks (not tests): each prints its figure. Whole-run wall time and peak memory
// come from scripts/bench.sh. Real corpora are read from ../shared/data when present, never copied.

let data = CommandLine.arguments.dropFirst().first ?? "../shared/data"
let bench = Bench(data: data)
print("cores: \(ProcessInfo.processInfo.activeProcessorCount)")
let only = ProcessInfo.processInfo.environment["BENCH_ONLY"]
// `BENCH_READ=FILE` times only the reading of one file (for profiling the reader).
if let file = ProcessInfo.processInfo.environment["BENCH_READ"] {
    try bench.readingSpeed(of: file)
    exit(0)
}
if only == nil || only == "reading" { try bench.readingThroughput() }
if only == nil || only == "extraction" { try bench.extractionSpeed() }
if only == nil || only == "duplicates" { try bench.duplicateDetection() }
if only == nil || only == "analysis" { try bench.analysis() }
if only == nil || only == "tagging" { try bench.tagging() }
if only == nil || only == "rendering" { try bench.rendering() }
if only == nil || only == "timeline" { try bench.timelineDates() }
if only == nil || only == "series" { try bench.series() }
