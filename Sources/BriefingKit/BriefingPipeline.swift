import BriefingAnalysis
import BriefingModel
import BriefingRender
import BriefingSources
import Foundation

/// The whole tool in one value: read the inputs, analyse them, lay out and write the PDF.
///
/// The command-line target only parses arguments and prints; everything it does goes through here,
/// so tests and other programs drive exactly what users run.
public struct BriefingPipeline: Sendable {
    public var reader: CorpusReader
    public var analyzer: BriefingAnalyzer

    public init(reader: CorpusReader = CorpusReader(), analyzer: BriefingAnalyzer = BriefingAnalyzer()) {
        self.reader = reader
        self.analyzer = analyzer
    }

    /// Reads and analyses the inputs; the result is what `analyze --json` writes.
    public func analyze(_ inputs: [String], title: String? = nil,
                        generated: Day = GenerationDay.current()) throws -> Briefing {
        let read = try reader.read(inputs)
        return analyzer.briefing(for: read.articles, title: title ?? BriefingPipeline.defaultTitle,
                                 generated: generated, skipped: read.skipped, warnings: read.warnings)
    }

    /// Builds the PDF briefing. The output is written to a temporary file beside the target and
    /// renamed into place, so a failed run never leaves a truncated PDF.
    public func build(_ inputs: [String], to output: String, style: Style, title: String? = nil,
                      generated: Day = GenerationDay.current()) throws -> Briefing {
        try AtomicFile.checkWritable(output)
        let briefing = try analyze(inputs, title: title, generated: generated)
        try AtomicFile.write(to: output) { temporary in
            try PDFRenderer(style: style).render(briefing, toPDF: temporary)
        }
        return briefing
    }

    public static let defaultTitle = "News Briefing"
}

// The model types travel with the pipeline, so the command line needs one import.
@_exported import struct BriefingModel.Briefing
