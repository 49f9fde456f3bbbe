/// A topic the analyst asked to follow (`--topics FILE`), with the terms that count as mentions.
///
/// Why in the model: the watchlist is input to the analysis, read by the sources layer and
/// handed through the pipeline, so both sides need the same value.
public struct WatchedTopic: Hashable, Sendable, Codable {
    public var label: String
    /// Phrases that count as a mention (the label itself always counts).
    public var terms: [String]

    public init(label: String, terms: [String]) {
        self.label = label
        self.terms = terms
    }
}
