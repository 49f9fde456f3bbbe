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
            let lines = try BriefingHistory.lines(archive: archive)
            try AtomicFile.write(Data(lines.map { $0 + "\n" }.joined().utf8), to: AtomicFile.standardOutput)
        } catch {
            Reporter.say("error: \(error)")
            throw ExitCode.failure
        }
    }
}
