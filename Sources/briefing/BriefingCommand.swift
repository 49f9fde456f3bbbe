import ArgumentParser
import BriefingKit

/// `briefing`: news articles in, a print-ready PDF briefing out.
@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a pile of news articles into a print-ready PDF briefing.",
        discussion: """
        Exit status: 0 when every input file was read; 3 when the output was written but some \
        files were skipped (each is named on standard error and on the briefing's sources page); \
        1 when nothing could be written; 64 for a usage error.
        """,
        subcommands: [BuildCommand.self, AnalyzeCommand.self, RenderCommand.self, ExtractCommand.self,
                      TagCommand.self, HistoryCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
