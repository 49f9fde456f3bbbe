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

    /// A phrase seen so far in one article and one written form: its form alone, without an
    /// entry's lists.
    ///
    /// Why apart: most candidates (a sentence's own wording) are never seen again, and at scale
    /// these hold most of the pool; they become entries when a second use comes.
    struct Single: Sendable {
        var display: String
        var article: Int32
        var mentions: Int

        var form: Form { Form(display: display, articles: [article], mentions: mentions) }
    }

    /// Phrase key -> its written forms, for phrases seen in two articles or two forms.
    private var shared: [String: Entry] = [:]
    /// Phrase key -> its one use, for the others.
    private var singles: [String: Single] = [:]
    /// Articles pooled (whether or not they had a phrase to give).
    private(set) var articleCount = 0

    /// Every phrase pooled with its written forms, except those used once in one article with
    /// fewer than `minimumLoneMentions` mentions.
    func entries(minimumLoneMentions: Int = 0) -> [(key: String, entry: Entry)] {
        var out = shared.map { (key: $0.key, entry: $0.value) }
        for (key, s) in singles where s.mentions >= minimumLoneMentions {
            out.append((key, Entry(words: Self.words(of: key), forms: [s.form])))
        }
        return out
    }

    /// A key's stems (a key is its stems joined by spaces, `KeyphraseExtractor`).
    static func words(of key: String) -> [String] {
        key.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    }

    /// Adds one article's candidates, keeping those that may be topics (`TopicBuilder.mayPool`).
    /// Articles are added in increasing order within one pool.
    mutating func add(_ phrases: [PhraseCandidate], article: Int) {
        articleCount += 1
        for p in phrases where TopicBuilder.mayPool(p) {
            if shared[p.key] != nil {
                shared[p.key]!.add(p.display, article: article, count: p.count)
            } else if let first = singles.removeValue(forKey: p.key) {
                var e = Entry(words: p.words, forms: [first.form])
                e.add(p.display, article: article, count: p.count)
                shared[p.key] = e
            } else {
                singles[p.key] = Single(display: p.display, article: Int32(article), mentions: p.count)
            }
        }
    }

    /// Adds a later pool (its articles all after this one's).
    mutating func merge(_ other: TopicPool) {
        articleCount += other.articleCount
        for (key, e) in other.shared {
            if !mergeLater(e.forms, key: key, words: e.words) { shared[key] = e }
        }
        for (key, s) in other.singles {
            if !mergeLater([s.form], key: key, words: Self.words(of: key)) { singles[key] = s }
        }
    }

    /// Merges later forms of `key` into its entry here, or into a new entry made with its single
    /// use here; false, changing nothing, when this pool has no use of `key` yet.
    private mutating func mergeLater(_ forms: [Form], key: String, words: @autoclosure () -> [String]) -> Bool {
        if shared[key] != nil {
            for f in forms { shared[key]!.merge(f) }
            return true
        }
        guard let first = singles.removeValue(forKey: key) else { return false }
        var entry = Entry(words: words(), forms: [first.form])
        for f in forms { entry.merge(f) }
        shared[key] = entry
        return true
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
