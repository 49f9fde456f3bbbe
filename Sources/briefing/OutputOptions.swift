import ArgumentParser
import BriefingKit

extension Detail: ExpressibleByArgument {}

/// The options every command that writes a PDF shares: where, in which style, and what else to
/// write beside it.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Where to write the PDF ('-' is standard output).")
    var output: String = "output/briefing.pdf"

    @Option(help: "A style name from styles/ (default, letter, print, compact) or a path to a .toml file.")
    var style: String = "default"

    @Option(help: ArgumentHelp("How much to print: brief (a page budget: 8 A4 pages at most) or full (every section and row).",
                               valueName: "brief|full"))
    var detail: Detail = .brief

    /// The style named by `--style`, set to print `--detail`.
    func loadStyle() throws -> Style {
        var loaded = try StyleLocator.load(style)
        loaded.detail = detail
        return loaded
    }

    @Option(help: ArgumentHelp("Also write each chart as SVG and PNG into this folder.", valueName: "DIR"))
    var charts: String?

    @Flag(help: "Also write a plain-text digest (.txt) and an email draft with the PDF attached (.eml) beside the PDF.")
    var email = false

    @Option(help: "The PDF's Author field.")
    var author: String?

    func validate() throws {
        if email && output == AtomicFile.standardOutput {
            throw ValidationError("--email writes beside the PDF; give -o a file name, not '-'")
        }
    }

    /// Writes the extras asked for, once the PDF is in place, and says what was written. A
    /// failure here is reported as such (`ExtrasFailure`): the PDF itself was written.
    func writeExtras(for briefing: Briefing, style loaded: Style) throws {
        do {
            try writeExtrasOrThrow(for: briefing, style: loaded)
        } catch {
            throw ExtrasFailure(reason: "\(error)", pdf: output)
        }
    }

    private func writeExtrasOrThrow(for briefing: Briefing, style loaded: Style) throws {
        if let charts {
            let written = try ChartExport.write(briefing, style: loaded, to: charts)
            Reporter.say("wrote \(written.count) chart files to \(charts)")
        }
        if email {
            let written = try EmailDraft.write(for: briefing, besidePDF: output)
            Reporter.say("wrote \(written.joined(separator: " and "))")
        }
    }
}
