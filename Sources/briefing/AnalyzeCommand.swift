import ArgumentParser
import BriefingKit
import Foundation

/// `briefing analyze --json`: the briefing model as JSON, for the scorers and other programs.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Write the briefing model as JSON.")

    @OptionGroup var input: InputOptions
    @OptionGroup var series: SeriesOptions
    @OptionGroup var runOptions: RunOptions

    @Flag(help: "Write JSON (the only format for now; the evaluation contract).")
    var json = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output ('-' is standard output).")
    var output: String?

    func validate() throws {
        guard json else { throw ValidationError("say --json: JSON is the format analyze writes") }
    }

    @Option(help: ArgumentHelp("Write the model archived for this ISO week instead of analysing (see 'history').",
                               valueName: "YYYY-Www"))
    var period: String?

    func run() throws {
        try Reporter.run {
            let monitor = runOptions.monitor()
            defer { monitor.endProgress() }
            let briefing = try period.map { try BriefingHistory.model(archive: series.archive ?? "output/archive.sqlite", week: $0) }
                ?? analyse(observer: monitor.observer)
            monitor.endProgress()
            let data = try briefing.jsonData() + Data("\n".utf8)
            try AtomicFile.checkWritable(output ?? AtomicFile.standardOutput)
            try AtomicFile.write(data, to: output ?? AtomicFile.standardOutput)
            Reporter.printProblems(of: briefing)
            monitor.printTimings()
            return briefing
        }
    }

    private func analyse(observer: StageObserver) throws -> Briefing {
        var pipeline = try input.pipeline(series: series.series())
        pipeline.observer = observer
        return try pipeline.analyze(input.inputs, title: input.title)
    }
}
