/// The phrases that may become topics, gathered article by article: per phrase key and written
/// form, the articles using it and its mentions.
///
/// Why by written form: whether a use names a participant ("OIL SPILL" when "oil spill" became
/// one) depends on how it is written, and participants are known only once every article has
/// been read. Gathering forms lets each article's candidates go as soon as it is finished, and
/// `TopicBuilder` drop the forms that name participants later, with the same result as pooling
/// every article's candidates at the end. Merging is associative (article lists are joined in
/// chunk order), so chunks of the corpus are pooled on separate cores.
struct TopicPool: Sendable {
    /// One written form of a phrase: the articles using it (in article order) and its mentions.
    struct Form: Sendable {
        var articles: [Int32] = []
        var mentions = 0
    }

    struct Entry: Sendable {
        /// The phrase's stems.
        var words: [String]
        var forms: [String: Form] = [:]
    }

    /// Phrase key -> its written forms.
    private(set) var entries: [String: Entry] = [:]
    /// Articles pooled (whether or not they had a phrase to give).
    private(set) var articleCount = 0

    /// Adds one article's candidates, keeping those that may be topics (`TopicBuilder.mayPool`).
    /// Articles are added in increasing order within one pool.
    mutating func add(_ phrases: [PhraseCandidate], article: Int) {
        articleCount += 1
        for p in phrases where TopicBuilder.mayPool(p) {
            entries[p.key, default: Entry(words: p.words)].forms[p.display, default: Form()].add(article, p.count)
        }
    }

    mutating func merge(_ other: TopicPool) {
        articleCount += other.articleCount
        for (key, e) in other.entries {
            guard entries[key] != nil else { entries[key] = e; continue }
            for (display, f) in e.forms {
                entries[key]!.forms[display, default: Form()].merge(f)
            }
        }
    }
}

extension TopicPool.Form {
    mutating func add(_ article: Int, _ count: Int) {
        if articles.last != Int32(article) { articles.append(Int32(article)) }
        mentions += count
    }

    mutating func merge(_ other: TopicPool.Form) {
        articles += other.articles
        mentions += other.mentions
    }
}
