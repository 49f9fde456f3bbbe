import ArgumentParser
import BriefingKit

/// `briefing render FILE.json`: lays out a briefing model written by `analyze --json`.
///
/// Analyse once, then correct the JSON or try other styles without reading the articles again.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Write the PDF from a briefing JSON file made by 'analyze --json'.")

    @Argument(help: "The briefing JSON file.")
    var model: String

    @OptionGroup var out: OutputOptions
    @OptionGroup var series: SeriesOptions

    func run() throws {
        try Reporter.run {
            let style = try out.loadStyle()
            let loaded = try BriefingFile.load(model)
            // The skips were reported when the model was made; rendering it again is not a
            // failure, but a previous briefing that could not be compared is.
            var briefing = loaded
            briefing.corpus.skipped = []
            briefing = series.series().apply(to: briefing)
            let notCompared = briefing.corpus.skipped
            briefing.corpus.skipped = loaded.corpus.skipped + notCompared
            try BriefingPipeline.render(briefing, to: out.output, style: style, author: out.author)
            try out.writeExtras(for: briefing, style: style)
            Reporter.say("wrote \(out.output) from \(model)")
            var rendered = briefing
            rendered.corpus.skipped = notCompared
            Reporter.printProblems(of: rendered)
            return rendered
        }
    }
}
