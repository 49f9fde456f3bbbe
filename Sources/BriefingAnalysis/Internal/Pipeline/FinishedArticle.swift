import BriefingModel

/// The second per-article step, once corpus statistics and participants are known: the article's
/// digest (key phrases, participants), its phrase candidates for topics, and its story vector.
///
/// Why a second pass: key phrases need document frequencies and story vectors need the merged
/// participant names, which exist only after the first pass has been merged. It is still a pure
/// function of one article and read-only corpus facts, so it runs on every core.
struct FinishedArticle {
    var digest: ArticleDigest
    /// The strongest phrase candidates, the raw material of topics.
    var topicPhrases: [PhraseCandidate]
    /// TF-IDF terms and participant names, weighted, for story clustering.
    var storyVector: [(String, Double)]

    /// What the second pass reads besides the article itself.
    struct Context: Sendable {
        var aggregate: CorpusAggregate
        /// Written form -> participant name.
        var canonical: [String: String]
        /// Participant name -> articles naming it.
        var entityDF: [String: Int]
        var stories: StoryClusterer
    }

    /// An article's key phrases and its candidates for topics.
    ///
    /// Why apart: they need the corpus statistics but not the participants, so they are ranked
    /// on the other cores while the participants are merged (`CorpusPipeline.secondPass`).
    struct Phrases: Sendable {
        var keyphrases: [String]
        /// The strongest phrase candidates, the raw material of topics.
        var topicPhrases: [PhraseCandidate]
    }

    /// Candidates kept for topics, per article.
    static let topicPhraseLimit = 40

    static func phrases(of a: ArticleAnalysis, aggregate agg: CorpusAggregate, limit: Int) -> Phrases {
        let ranked = KeyphraseExtractor.rank(a.phrases, documentFrequency: agg.stemDF,
                                             documents: agg.documents, termCounts: a.stems, limit: 60)
        // A long ranking, so that the multi-word phrases strong enough to lead are in it.
        let terms = KeyphraseRanker.rank(a.phrases, documentFrequency: agg.stemDF,
                                         documents: agg.documents, limit: limit * KeyphraseList.poolFactor)
        return Phrases(keyphrases: KeyphraseList.compose(terms, limit: limit).map(\.display),
                       topicPhrases: Array(ranked.prefix(Self.topicPhraseLimit)))
    }

    init(article: Article, analysis a: ArticleAnalysis, phrases: Phrases, context: Context) {
        var counts: [String: Int] = [:]
        for m in a.mentions { if let c = context.canonical[m.surface] { counts[c, default: 0] += 1 } }
        let people = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        digest = ArticleDigest(id: article.id, title: article.title, date: article.date, source: article.source,
                               url: article.url, duplicates: article.duplicates, keyphrases: phrases.keyphrases,
                               summary: a.summary, participants: people, time: article.time)
        topicPhrases = phrases.topicPhrases
        let agg = context.aggregate
        storyVector = context.stories.vector(stems: a.stems, entities: counts, stemDF: agg.stemDF,
                                             entityDF: context.entityDF, documents: agg.documents)
    }
}
