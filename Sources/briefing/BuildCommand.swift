import ArgumentParser
import BriefingKit

/// `briefing build`: writes the PDF briefing.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Write the PDF briefing.")

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Where to write the PDF.")
    var output: String = "output/briefing.pdf"

    @Option(help: "A style name from styles/ (default, ...) or a path to a .toml file.")
    var style: String = "default"

    func run() throws {
        try Reporter.run {
            let style = try StyleLocator.load(style)
            let briefing = try input.pipeline().build(input.inputs, to: output, style: style, title: input.title)
            Reporter.printProblems(of: briefing)
            Reporter.say("wrote \(output): \(briefing.corpus.articleCount) articles, \(briefing.participants.count) participants, \(briefing.stories.count) stories")
            return briefing
        }
    }
}
