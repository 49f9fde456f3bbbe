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
        var display: String
        var articles: [Int32] = []
        var mentions = 0
    }

    struct Entry: Sendable {
        /// The phrase's stems.
        var words: [String]
        /// Its written forms, in the order first seen (a phrase has few: a list, not a table).
        var forms: [Form] = []

        mutating func add(_ display: String, article: Int, count: Int) {
            if let f = forms.firstIndex(where: { $0.display == display }) { forms[f].add(article, count) }
            else { forms.append(Form(display: display, articles: [Int32(article)], mentions: count)) }
        }

        mutating func merge(_ f: Form) {
            if let i = forms.firstIndex(where: { $0.display == f.display }) { forms[i].merge(f) } else { forms.append(f) }
        }
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
            entries[p.key, default: Entry(words: p.words)].add(p.display, article: article, count: p.count)
        }
    }

    mutating func merge(_ other: TopicPool) {
        articleCount += other.articleCount
        for (key, e) in other.entries {
            guard entries[key] != nil else { entries[key] = e; continue }
            for f in e.forms { entries[key]!.merge(f) }
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
