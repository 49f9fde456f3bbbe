import ArgumentParser
import BriefingKit

/// `briefing build`: writes the PDF briefing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Write the PDF briefing.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Where to write the PDF.")
    var output: String = "output/briefing.pdf"

    @Option(help: "A style name from styles/ (default, letter, print, compact) or a path to a .toml file.")
    var style: String = "default"

    @Option(help: ArgumentHelp("Also write each chart as SVG and PNG into this folder.", valueName: "DIR"))
    var charts: String?

    @Flag(help: "Also write a plain-text digest (.txt) and an email draft with the PDF attached (.eml) beside the PDF.")
    var email = false

    @Option(help: "The PDF's Author field.")
    var author: String?

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
            let style = try StyleLocator.load(style)
            let generated = try date.map(ReadingWindow.day) ?? GenerationDay.current()
            let briefing = try input.pipeline().build(input.inputs, to: output, style: style, title: input.title,
                                                      generated: generated, author: author)
            if let charts {
                let written = try ChartExport.write(briefing, style: style, to: charts)
                Reporter.say("wrote \(written.count) chart files to \(charts)")
            }
            if email {
                let written = try EmailDraft.write(for: briefing, besidePDF: output)
                Reporter.say("wrote \(written.joined(separator: " and "))")
            }
            Reporter.printProblems(of: briefing)
            Reporter.say("wrote \(output): \(briefing.corpus.articleCount) articles, \(briefing.participants.count) participants, \(briefing.stories.count) stories")
            return briefing
        }
    }
}
