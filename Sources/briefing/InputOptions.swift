import ArgumentParser
import BriefingKit

/// The options every command that reads articles shares: what to read, which dates to keep,
/// and how strict to be about bad files.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files or folders (read recursively): plain text, Markdown, news-please JSON, JSON Lines, RSS, Atom, saved web pages.")
    var inputs: [String] = ["seeds"]

    @Option(help: "The briefing's title.")
    var title: String?

    @Option(help: ArgumentHelp("Keep articles dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Keep articles dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Keep one ISO week, Monday to Sunday.", valueName: "YYYY-Www"))
    var week: String?

    @Option(help: ArgumentHelp("Keep the last N days, weeks or months, ending today.", valueName: "7d|2w|1m"))
    var last: String?

    @Option(help: ArgumentHelp("What to do with undated articles when a window is set.", valueName: "keep|drop"))
    var undated: UndatedPolicy = .keep

    @Flag(help: "Keep duplicate copies instead of merging them.")
    var keepDuplicates = false

    @Flag(help: "Stop at the first file that cannot be read instead of skipping it.")
    var strict = false

    @Option(help: ArgumentHelp("Refuse files larger than this many megabytes.", valueName: "MB"))
    var maxFileSize: Int = 64

    @Option(help: ArgumentHelp("A watchlist (TOML) of topics and their terms, always shown, even at zero.", valueName: "FILE"))
    var topics: String?

    enum UndatedPolicy: String, ExpressibleByArgument, CaseIterable {
        case keep, drop
    }

    func validate() throws {
        let windows = [since ?? until, week, last].compactMap { $0 }
        if windows.count > 1 { throw ValidationError("give one of --since/--until, --week or --last") }
        if maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        // Megabytes are turned into bytes (<< 20); a larger number would wrap around.
        if maxFileSize > Int.max >> 20 { throw ValidationError("--max-file-size must be at most \(Int.max >> 20) MB") }
        _ = try window(today: GenerationDay.current())
    }

    func window(today: Day) throws -> ReadingWindow {
        let keepUndated = undated == .keep
        do {
            if let week { return try ReadingWindow.isoWeek(week, keepUndated: keepUndated) }
            if let last { return try ReadingWindow.last(last, endingOn: today, keepUndated: keepUndated) }
            return try ReadingWindow(since: since.map(ReadingWindow.day), until: until.map(ReadingWindow.day),
                                     keepUndated: keepUndated).validated()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func pipeline(series: BriefingSeries = BriefingSeries()) throws -> BriefingPipeline {
        var analyzer = BriefingAnalyzer()
        if let topics {
            do { analyzer.watchlist = try WatchlistReader.read(path: topics) } catch { throw ValidationError("--topics \(error)") }
        }
        var pipeline = BriefingPipeline(reader: CorpusReader(maximumFileSize: maxFileSize << 20, strict: strict),
                                        window: try window(today: GenerationDay.current()),
                                        duplicates: keepDuplicates ? nil : DuplicateMerger(), analyzer: analyzer)
        pipeline.series = series
        return pipeline
    }
}
