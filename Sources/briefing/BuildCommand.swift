import ArgumentParser
import BriefingKit

/// `briefing build`: writes the PDF briefing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Write the PDF briefing.")

    @OptionGroup var input: InputOptions
    @OptionGroup var series: SeriesOptions
    @OptionGroup var out: OutputOptions
    @OptionGroup var runOptions: RunOptions

    @Option(help: ArgumentHelp("The generation day shown and stored in the PDF (else SOURCE_DATE_EPOCH, else today).",
                               valueName: "YYYY-MM-DD"))
    var date: String?

    func validate() throws {
        if let date, (try? ReadingWindow.day(date)) == nil {
            throw ValidationError("--date wants a day like 2024-12-05, not '\(date)'")
        }
    }

    func run() throws {
        try Reporter.run {
            let monitor = runOptions.monitor()
            defer { monitor.endProgress() }
            let style = try out.loadStyle()
            let generated = try date.map(ReadingWindow.day) ?? GenerationDay.current()
            var pipeline = try input.pipeline(series: series.series(besidePDF: out.output))
            pipeline.observer = monitor.observer
            let briefing = try pipeline.build(input.inputs, to: out.output, style: style, title: input.title,
                                              generated: generated, author: out.author)
            monitor.endProgress()
            try out.writeExtras(for: briefing, style: style)
            Reporter.printProblems(of: briefing)
            Reporter.say("wrote \(out.output): \(briefing.corpus.articleCount) articles, \(briefing.participants.count) participants, \(briefing.stories.count) stories")
            monitor.printTimings()
            return briefing
        }
    }
}
