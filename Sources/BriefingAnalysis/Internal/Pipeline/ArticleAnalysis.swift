/// Everything the corpus-level steps need from one article's first pass.
///
/// Why a value of its own: per-article analysis is a pure function `Article -> ArticleAnalysis`
/// run in parallel; the corpus picture is then a merge of these values (`CorpusAggregate`).
/// Nothing here depends on any other article. Phrase candidates are not here: they are ranked
/// in the second pass and worked out there (`ArticleAnalyzer.terms`).
struct ArticleAnalysis: Sendable {
    /// Position in the input (articles are referred to by index until the end).
    var index: Int
    var mentions: [EntityMention]
    var acronymPairs: [AcronymPair]
    /// Lower-case words and their counts (tokens written in lower case): the common-word signal.
    var lowerWords: [(word: String, count: Int)]
    /// The content stems it uses (lower-case, non-stop words), each once: document frequencies.
    var contentStems: [String]
    var summary: [String]
    var reactions: [ReactionFinding]
    var dates: [FoundDate]

}
