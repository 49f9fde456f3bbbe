import BriefingAnalysis
import BriefingArchive
import BriefingModel
import BriefingRender
import BriefingSources
import BriefingSupport
import Foundation

/// The whole tool in one value: read the inputs, choose the articles, analyse them, lay out and
/// write the PDF.
///
/// The command-line target only parses arguments and prints; everything it does goes through here,
/// so tests and other programs drive exactly what users run.
public struct BriefingPipeline: Sendable {
    public var reader: CorpusReader
    /// Which dates to keep, and whether undated articles stay.
    public var window: ReadingWindow
    /// Merges exact and near duplicates; nil keeps every copy.
    public var duplicates: DuplicateMerger?
    public var analyzer: BriefingAnalyzer
    /// The earlier briefing to compare with (`--previous`).
    public var series = BriefingSeries()
    /// Hears each stage (read, duplicates, analysis, layout, render) as it runs: `--timings` and
    /// the progress line.
    public var observer: StageObserver = .silent

    public init(reader: CorpusReader = CorpusReader(), window: ReadingWindow = ReadingWindow(),
                duplicates: DuplicateMerger? = DuplicateMerger(), analyzer: BriefingAnalyzer = BriefingAnalyzer()) {
        self.reader = reader
        self.window = window
        self.duplicates = duplicates
        self.analyzer = analyzer
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case emptyWindow(window: String, outside: Int, undatedDropped: Int)

        public var description: String {
            switch self {
            case .emptyWindow(let window, let outside, let undated):
                return "no article falls in \(window) (\(outside) dated outside it, \(undated) undated dropped)"
            }
        }
    }

    /// Reads, selects and analyses the inputs; the result is what `analyze --json` writes.
    public func analyze(_ inputs: [String], title: String? = nil,
                        generated: Day = GenerationDay.current()) throws -> Briefing {
        let observer = observer
        var read = try observer.measure(.read) { try reader.read(inputs) { observer.advanced(.read, $0) } }
        var windowed = window.apply(to: read.articles)
        guard !windowed.articles.isEmpty else {
            throw Failure.emptyWindow(window: window.description, outside: windowed.outside,
                                      undatedDropped: windowed.undatedDropped)
        }
        var merged = observer.measure(.duplicates) { duplicates?.merge(windowed.articles) }
        // The analysis is handed the only copy of the articles, so it can free their bodies once
        // it no longer reads them (`BriefingAnalyzer.briefing`).
        let selected = merged?.articles ?? windowed.articles
        read.articles = []
        windowed.articles = []
        merged?.articles = []
        var briefing = analyzer.briefing(for: consume selected, title: title ?? BriefingPipeline.defaultTitle,
                                         generated: generated, skipped: read.skipped, warnings: read.warnings,
                                         observer: observer)
        briefing.corpus.window = window.isBounded ? window.description : nil
        briefing.corpus.outsideWindow = windowed.outside
        briefing.corpus.undatedDropped = windowed.undatedDropped
        briefing.corpus.duplicatesMerged = merged?.merged ?? 0
        return series.apply(to: briefing)
    }

    /// Builds the PDF briefing. The output is written to a temporary file beside the target and
    /// renamed into place, so a failed run never leaves a truncated PDF.
    public func build(_ inputs: [String], to output: String, style: Style, title: String? = nil,
                      generated: Day = GenerationDay.current(), author: String? = nil) throws -> Briefing {
        try AtomicFile.checkWritable(output)
        var briefing = try analyze(inputs, title: title, generated: generated)
        // The archive entry is made on the other core while the PDF is drawn, and recorded
        // only once the PDF is in place: the archive remembers what was briefed.
        let analysed = briefing, series = series, observer = observer
        let jobs = ParallelMap.map(count: 2) { job -> BuildJob in
            job == 0 ? .drawn(Result { try Self.render(analysed, to: output, style: style, author: author, observer: observer) })
                     : .archived(series.entry(for: analysed))
        }
        guard case .drawn(let drawn) = jobs[0], case .archived(let entry) = jobs[1] else { return briefing }
        try drawn.get()
        if let problem = series.record(entry) {
            briefing.corpus.skipped.append(SkippedFile(path: series.archive ?? "", reason: problem))
        }
        return briefing
    }

    /// The two things a build does side by side once the analysis is done.
    private enum BuildJob: Sendable {
        case drawn(Result<Void, any Error>)
        case archived(Result<BriefingArchive.Entry, any Error>?)
    }

    /// Lays out a briefing model that is already made (e.g. read back by `BriefingFile`) and
    /// writes the PDF atomically.
    public static func render(_ briefing: Briefing, to output: String, style: Style, author: String? = nil,
                              observer: StageObserver = .silent) throws {
        try AtomicFile.checkWritable(output)
        try AtomicFile.write(to: output) { temporary in
            try PDFRenderer(style: style, author: author).render(briefing, toPDF: temporary, observer: observer)
        }
    }

    public static let defaultTitle = "News Briefing"
}

// The model and reading types travel with the pipeline, so the command line needs one import.
@_exported import struct BriefingModel.Briefing
@_exported import struct BriefingModel.Day
@_exported import struct BriefingModel.SkippedFile
@_exported import struct BriefingSources.ReadingWindow
@_exported import struct BriefingSources.CorpusReader
@_exported import struct BriefingSources.DuplicateMerger
@_exported import struct BriefingAnalysis.BriefingAnalyzer
@_exported import enum BriefingSources.WatchlistReader
@_exported import struct BriefingRender.Style
@_exported import enum BriefingRender.Detail
@_exported import struct BriefingSupport.StageObserver
@_exported import enum BriefingSupport.Stage
@_exported import struct BriefingSupport.StageClock
@_exported import struct BriefingSupport.ResourceUsage
