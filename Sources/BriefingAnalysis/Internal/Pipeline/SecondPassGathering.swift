/// What the second pass gathers for the corpus as articles are finished: their topic
/// candidates, and their story vectors numbered in article order.
///
/// Why a fold of its own: a chunk's vectors hold their features as written (names are long
/// strings) only until the chunk is merged, where they are numbered; so the written features
/// of a few chunks at most are held at once, never the corpus's.
struct SecondPassGathering: Sendable {
    var pool = TopicPool()
    /// A chunk's story vectors as written, in article order, until merged.
    var written: [[(String, Double)]] = []
    /// Every merged article's story vector, numbered.
    var vectors = StoryClusterer.Numbered()

    init() {}

    /// A gathering whose numbered vectors make room for `articles` vectors of at most
    /// `features` features at once (`FeatureVectors.init(articles:pairsPerArticle:)`).
    init(articles: Int, features: Int) { vectors = StoryClusterer.Numbered(articles: articles, features: features) }

    /// Takes in the next chunk's gathering (chunks come in article order).
    mutating func merge(_ later: SecondPassGathering) {
        pool.merge(later.pool)
        for v in later.written { vectors.append(v) }
    }
}
