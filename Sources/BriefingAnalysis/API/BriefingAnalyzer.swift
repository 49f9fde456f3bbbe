import BriefingModel
import BriefingSupport

/// Turns articles into a `Briefing`: each article is analysed on its own (a pure function,
/// run in parallel), then the per-article results are merged into the corpus-wide picture,
/// and the corpus-level steps (alias merging, topics, reactions, stories, timeline, executive
/// summary) run over the merged aggregate. The steps are in `Internal/CorpusPipeline`; this is
/// the settings a caller may change.
///
/// The output is deterministic: the same articles give the same briefing (ties are broken by
/// name or article order, never by hashing or thread timing).
public struct BriefingAnalyzer: Sendable {
    /// Key phrases kept per article.
    public var keyphrasesPerArticle: Int
    /// Mean cosine similarity above which articles are one story (average linkage).
    public var storyThreshold: Double
    /// Topics the analyst follows (`--topics FILE`): always listed, even at zero.
    public var watchlist: [WatchedTopic] = []

    public init(keyphrasesPerArticle: Int = 10, storyThreshold: Double = 0.04) {
        self.keyphrasesPerArticle = keyphrasesPerArticle
        self.storyThreshold = storyThreshold
    }

    /// - Parameters:
    ///   - articles: the articles, in reading order. Taken, not borrowed: a caller that keeps no
    ///     copy lets their bodies be freed once they are no longer read.
    ///   - title: the briefing's title.
    ///   - generated: the day the briefing is made (shown on the cover, never used as an article date).
    ///   - skipped, warnings: what the reader could not read or had to repair, carried to the sources page.
    ///   - observer: hears the stages (`analyse`, `aggregate`, `stories`, `timeline`), their wall
    ///     seconds, and each article analysed; the analysis itself never prints.
    public func briefing(for articles: consuming [Article], title: String, generated: Day,
                         skipped: [SkippedFile] = [], warnings: [String] = [],
                         observer: StageObserver = .silent) -> Briefing {
        CorpusPipeline(keyphrasesPerArticle: keyphrasesPerArticle, storyThreshold: storyThreshold,
                       watchlist: watchlist, observer: observer)
            .briefing(for: consume articles, title: title, generated: generated, skipped: skipped, warnings: warnings)
    }
}
