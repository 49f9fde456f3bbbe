import ArgumentParser
import BriefingKit

/// `briefing build`: writes the PDF briefing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Write the PDF briefing.")

    @OptionGroup var input: InputOptions
    @OptionGroup var series: SeriesOptions
    @OptionGroup var out: OutputOptions

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
            let style = try out.loadStyle()
            let generated = try date.map(ReadingWindow.day) ?? GenerationDay.current()
            let series = series.series(besidePDF: out.output)
            let briefing = try input.pipeline(series: series).build(input.inputs, to: out.output, style: style,
                                                                    title: input.title, generated: generated,
                                                                    author: out.author)
            try out.writeExtras(for: briefing, style: style)
            Reporter.printProblems(of: briefing)
            Reporter.say("wrote \(out.output): \(briefing.corpus.articleCount) articles, \(briefing.participants.count) participants, \(briefing.stories.count) stories")
            return briefing
        }
    }
}
