import ArgumentParser
import BriefingKit
import Foundation

/// Messages on standard error and the exit status the documentation promises.
enum Reporter {
    /// Exit status when the output was written but some input files were skipped.
    static let builtWithSkips: Int32 = 3

    static func say(_ message: String) {
        StandardError.write("briefing: \(message)\n")
    }

    static func printProblems(of briefing: Briefing) {
        for warning in briefing.corpus.warnings { say("warning: \(warning)") }
        for file in briefing.corpus.skipped { say("skipped \(file.location): \(file.reason)") }
    }

    /// Runs a command body; turns thrown errors into a message and exit 1, skips into exit 3.
    static func run(_ body: () throws -> Briefing) throws {
        let briefing: Briefing
        do {
            briefing = try body()
        } catch let failure as ExtrasFailure {
            say("error: \(failure)")
            throw ExitCode(builtWithSkips)
        } catch {
            say("error: \(error)")
            throw ExitCode.failure
        }
        if !briefing.corpus.skipped.isEmpty {
            say("\(briefing.corpus.skipped.count) file(s) skipped")
            throw ExitCode(builtWithSkips)
        }
    }
}
