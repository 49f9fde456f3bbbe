import ArgumentParser
import BriefingKit
import Foundation

/// `briefing extract INPUT... [-o FILE]`: the clean article text and metadata as JSON Lines,
/// without analysis, for feeding other tools (and the extraction scorer).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write each article's clean text and metadata as JSON Lines.",
        discussion: """
        One object per article: id, title, date, time, source, url, author, text. Saved web pages \
        give their main article text only; every other format is read as the briefing reads it.
        """)

    @Argument(help: "Article files or folders (read recursively): web pages, plain text, Markdown, JSON, JSON Lines, RSS, Atom.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(help: "Stop at the first file that cannot be read instead of skipping it.")
    var strict = false

    @Option(help: ArgumentHelp("Refuse files larger than this many megabytes.", valueName: "MB"))
    var maxFileSize: Int = 64

    func validate() throws {
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        // Megabytes are turned into bytes (<< 20); a larger number would wrap around.
        if maxFileSize > Int.max >> 20 { throw ValidationError("--max-file-size must be at most \(Int.max >> 20) MB") }
    }

    func run() throws {
        let extracted: (data: Data, read: ReadResult)
        do {
            if let output { try AtomicFile.checkWritable(output) }
            extracted = try ArticleExport.extract(inputs, reader: CorpusReader(maximumFileSize: maxFileSize << 20, strict: strict))
            try AtomicFile.write(extracted.data, to: output ?? AtomicFile.standardOutput)
        } catch {
            Reporter.say("error: \(error)")
            throw ExitCode.failure
        }
        for warning in extracted.read.warnings { Reporter.say("warning: \(warning)") }
        for file in extracted.read.skipped { Reporter.say("skipped \(file.location): \(file.reason)") }
        if !extracted.read.skipped.isEmpty {
            Reporter.say("\(extracted.read.skipped.count) file(s) skipped")
            throw ExitCode(Reporter.builtWithSkips)
        }
    }
}
