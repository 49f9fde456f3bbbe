/// How much of the analysis a briefing prints.
///
/// Why two levels: a reader acts on a short briefing (the key developments, what to watch and
/// the few tables behind them, in a fixed page budget whatever the corpus size); an analyst
/// wants everything the analysis found. The JSON always holds everything; `detail` only
/// chooses what is laid out.
public enum Detail: String, Hashable, Sendable, CaseIterable {
    /// Front page, then the top topics, key dates, participants and stories, and the sources
    /// cited: eight A4 pages at most in the default style, four in `compact`.
    case brief
    /// Every section and row, as the analysis found them.
    case full
}
