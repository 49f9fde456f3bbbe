import ArgumentParser
import BriefingKit
import Foundation

/// `briefing history`: the periods the archive remembers, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "List the periods recorded in the briefing archive.")

    @Option(help: ArgumentHelp("The briefing archive.", valueName: "FILE"))
    var archive: String = "output/archive.sqlite"

    func run() throws {
        guard FileManager.default.fileExists(atPath: archive) else {
            Reporter.say("error: \(archive): no briefing archive (a build records one beside its PDF)")
            throw ExitCode.failure
        }
        do {
            for line in try BriefingHistory.lines(archive: archive) { print(line) }
        } catch {
            Reporter.say("error: \(error)")
            throw ExitCode.failure
        }
    }
}
