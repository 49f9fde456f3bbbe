/// The stages of a run, in the order they happen, as `--timings` and the progress line name them.
///
/// Why one list shared by every module: the reader, the analysis and the renderer each report
/// their own stages to one observer, and the command line prints them side by side.
public enum Stage: String, Sendable, CaseIterable {
    /// Listing and reading the files (in parallel).
    case read
    /// Choosing the reading window and merging duplicate copies.
    case duplicates
    /// The per-article pass (in parallel).
    case analyse
    /// The corpus-wide steps besides stories and the timeline: participants, key phrases, topics,
    /// reactions, key developments, who appears with whom.
    case aggregate
    /// Story grouping and story summaries.
    case stories
    /// Dates, their ranking and each key day's line.
    case timeline
    /// Composing and paginating the document.
    case layout
    /// Drawing the pages into the PDF.
    case render

    /// What the progress line says while the stage runs.
    public var activity: String {
        switch self {
        case .read: return "reading files"
        case .duplicates: return "merging duplicates"
        case .analyse: return "analysing articles"
        case .aggregate: return "merging the corpus"
        case .stories: return "grouping stories"
        case .timeline: return "building the timeline"
        case .layout: return "laying out pages"
        case .render: return "drawing pages"
        }
    }
}
