import BriefingModel

/// The first articles' ranked phrases, worked out while the names are merged, and their topic
/// candidates pooled (`CorpusPipeline.secondPass`).
///
/// Why: merging the names is serial, and ranking needs only corpus statistics; so one thread
/// ranks articles from the first on while another merges, and the second pass starts after them.
/// They are held only for as long as the merge takes, a small share of a large corpus.
struct EarlyPhrases: Sendable {
    /// Articles 0..<count's phrases, in article order.
    var phrases: [FinishedArticle.Phrases] = []
    /// Their topic candidates, pooled in article order.
    var pool = TopicPool()

    /// Ranks articles in order from the first, `count` of them, or (nil) until `isDone` says the
    /// work beside has finished.
    static func rank(_ articles: [Article], ranking: FinishedArticle.Ranking, count: Int?,
                     until isDone: () -> Bool) -> EarlyPhrases {
        var early = EarlyPhrases()
        let limit = min(count ?? articles.count, articles.count)
        while early.phrases.count < limit, count != nil || !isDone() {
            let i = early.phrases.count
            early.phrases.append(FinishedArticle.phrases(of: articles[i], index: i, context: ranking, topics: &early.pool))
        }
        return early
    }
}
