import ArgumentParser
import BriefingKit
import Foundation

/// `briefing tag --conll FILE`: the name tagger on a CoNLL-2003 file, for scoring it.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Append a predicted BIO name tag (PER, ORG, LOC, MISC) to each line of a CoNLL file.")

    @Option(help: "A CoNLL-2003 file: one token per line (first column), blank lines between sentences.")
    var conll: String

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: conll) else {
            throw ValidationError("cannot read \(conll)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.last == "" ? lines.dropLast() : lines[...]
        let tagged = CoNLLTagger().tag(lines: Array(body))
        let result = Data((tagged.joined(separator: "\n") + "\n").utf8)
        do {
            if let output { try AtomicFile.checkWritable(output) }
            try AtomicFile.write(result, to: output ?? AtomicFile.standardOutput)
        } catch {
            Reporter.say("error: \(error)")
            throw ExitCode.failure
        }
    }
}
