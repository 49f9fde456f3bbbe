import BriefingModel

/// The second per-article step, once corpus statistics and participants are known: the article's
/// digest (key phrases, participants), its phrase candidates for topics, and its story vector.
///
/// Why a second pass: key phrases need document frequencies and story vectors need the merged
/// participant names, which exist only after the first pass has been merged. It is still a pure
/// function of one article and read-only corpus facts, so it runs on every core.
struct FinishedArticle {
    var digest: ArticleDigest
    /// TF-IDF terms and participant names, weighted, for story clustering (emptied once
    /// numbered, `CorpusPipeline.secondPass`).
    var storyVector: [(String, Double)]
    /// Watched topic number -> mentions in this article (empty without a watchlist).
    var watched: [Int: Int]
    /// The participants it names, by number (what the corpus steps read of its mentions).
    var names: ArticleNames

    /// What ranking an article's phrases reads besides the article: corpus statistics, not the
    /// participants. Why apart: phrases can then be ranked while the names are still being
    /// merged (`CorpusPipeline.secondPass`).
    struct Ranking: Sendable {
        var aggregate: CorpusAggregate
        var stories: StoryClusterer
        /// Key phrases kept per article.
        var limit: Int
        /// The watched topics' terms, nil without a watchlist.
        var watched: WatchedTermIndex?
    }

    /// What finishing an article reads besides the article itself and its ranked phrases.
    struct Context: Sendable {
        var ranking: Ranking
        /// Participant numbers, and each written form's.
        var numbering: ParticipantNumbering
        /// Participant name -> articles naming it.
        var entityDF: [String: Int]
    }

    /// An article's key phrases and its strongest stems; its candidates for topics go to a pool.
    ///
    /// Why apart: these are what the article's text gives once corpus statistics are known; the
    /// article's candidates and stem counts are worked out here from its text and dropped when it
    /// is done (`ArticleAnalyzer.terms`), and `init` uses the few results at once.
    struct Phrases: Sendable {
        var keyphrases: [String]
        /// The strongest content stems, weighted (`StoryClusterer.stemWeights`).
        var stemWeights: [(String, Double)]
        /// Watched topic number -> mentions (`WatchedTermIndex.mentions`).
        var watched: [Int: Int]
    }

    static func phrases(of article: Article, index: Int, context: Ranking, topics: inout TopicPool) -> Phrases {
        let agg = context.aggregate, limit = context.limit
        let t = ArticleAnalyzer.terms(of: article)
        let c = t.candidates
        let stems = t.statistics(documentFrequency: agg.stemDF)
        let ranked = KeyphraseExtractor.rank(c, stems: stems, documents: agg.documents, limit: Self.topicPhraseLimit)
        // A long ranking, so that the multi-word phrases strong enough to lead are in it.
        let terms = KeyphraseRanker.rank(c, stems: stems, documents: agg.documents, limit: limit * KeyphraseList.poolFactor)
        topics.add(ranked.filter { c.items[$0].mayPool }.map { c.phrase($0) }, article: index)
        // Written out once chosen: most of the ranking does not make the list.
        let listed = KeyphraseList.positions(terms.map { c.phrase($0, display: false) }, limit: limit)
        return Phrases(keyphrases: listed.map { c.display(terms[$0]) },
                       stemWeights: context.stories.stemWeights(stems: c.stems, statistics: stems, documents: agg.documents),
                       watched: context.watched.map { $0.mentions(in: t.phrases) } ?? [:])
    }

    /// Candidates considered for topics, per article.
    static let topicPhraseLimit = 40

    init(article: Article, analysis a: HeldArticle, phrases: Phrases, context: Context) {
        var byNumber: [Int32: Int] = [:]
        names = ArticleNames(a.mentions, numbering: context.numbering, counts: &byNumber)
        let counts = Dictionary(uniqueKeysWithValues: byNumber.map { (context.numbering.name($0.key), $0.value) })
        let people = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        watched = phrases.watched
        digest = ArticleDigest(id: article.id, title: article.title, date: article.date, source: article.source,
                               url: article.url, duplicates: article.duplicates, keyphrases: phrases.keyphrases,
                               summary: a.summary, participants: people, time: article.time)
        let agg = context.ranking.aggregate
        storyVector = context.ranking.stories.vector(stemWeights: phrases.stemWeights, entities: counts,
                                                     entityDF: context.entityDF, documents: agg.documents)
    }
}
