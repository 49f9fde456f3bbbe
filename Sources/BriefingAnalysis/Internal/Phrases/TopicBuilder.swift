import BriefingModel
import BriefingSupport

/// Groups the corpus's key phrases into readable topics.
///
/// Method: the best phrases of every article (its top key phrases, names excluded) are pooled;
/// phrases the coverage shares across articles come first. Phrases are grouped when one is
/// contained in the other ("arms control" / "arms control treaties") or when they share a head
/// and are used in the same articles ("budget deficit" / "trade deficit"), or when they are the
/// same words in another order ("oil leak" / "leaking oil", `orderFree`). A group is labelled by
/// its most widespread member. Names of participants are never topics -- they are listed as
/// participants. Generic phrases ("pressing issues", "common ground", "broader implications")
/// name no subject, so a phrase whose head is vague needs a specific modifier to be a topic.
/// Watched topics (the analyst's `--topics` list) are matched with the same stemmed phrase
/// keys against every candidate of every article, come first, and stay even at zero.
enum TopicBuilder {
    /// Heads too vague to group by ("pressing issues" and "specific issues" are not one topic).
    static let genericHeads: Set<String> = Set("""
    issue thing way area aspect point step effort implication term factor level kind question
    part side time moment development situation role sense idea matter detail example opportunity
    challenge consequence outcome future perspective approach ground
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Modifiers that add nothing specific to a vague head ("pressing issue", "broader implication").
    static let genericModifiers: Set<String> = Set("""
    pressing broader broad wider wide common key major important significant main various potential
    possible current recent future further next ongoing general overall real true particular specific
    certain greater great larger large growing serious critical crucial central basic fundamental
    immediate underlying long-term short-term wider-ranging mutual shared similar whole entire
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Stems of the units of time and page furniture: a phrase headed by one is when the news
    /// happened ("recent weeks", "hrs ago", "last year") or where it sits on the page ("full
    /// story"), never what it is about.
    static let timeAndPageHeads: Set<String> = Set("""
    second minute min mins hour hours hr hrs day days week weeks weekend month months year years decade decades
    ago story stories
    """.split(whereSeparator: { $0.isWhitespace }).map { Stemmer.stem(String($0)) })

    /// A phrase that names no subject: a vague head with nothing specific before it, nothing
    /// but generic modifiers, or a head that is a span of time or a part of the page.
    static func isGeneric(_ words: [String]) -> Bool {
        guard let head = words.last else { return true }
        if timeAndPageHeads.contains(head) { return true }
        let modifiers = words.dropLast()
        // A verb form before a vague head ("finding common ground") is no more specific.
        let vagueModifiers = modifiers.allSatisfy {
            genericModifiers.contains($0) || KeyphraseExtractor.commonAdjectives.contains($0) || $0.hasSuffix("ing")
        }
        if genericHeads.contains(head) { return vagueModifiers || modifiers.allSatisfy { genericHeads.contains($0) } }
        return vagueModifiers && genericModifiers.contains(head)
    }

    /// Two phrases with the same head are one topic only when the coverage uses them together
    /// (half the articles of the rarer one also use the other): "budget deficit" and "trade
    /// deficit" in the same economic stories, but not "oil firm" and "telecoms firm".
    static func coOccur(_ a: Set<Int>, _ b: Set<Int>) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard !small.isEmpty else { return false }
        return Double(small.filter { large.contains($0) }.count) >= 0.5 * Double(small.count)
    }

    /// A phrase's stems in a fixed order with verb endings folded ("leaking oil" and "oil leak"
    /// both give [leak, oil]), to find one subject written two ways. Why only "-ing" and "-ed",
    /// and only here: the stemmer folds plurals alone so that unrelated words stay apart, but two
    /// phrases with the same words in another order are one subject even across a participle.
    static func orderFree(_ words: [String]) -> [String] {
        words.map(withoutVerbEnding).sorted()
    }

    /// "leaking" -> "leak", "spilled" -> "spill", "capping" -> "cap"; short words stay.
    static func withoutVerbEnding(_ w: String) -> String {
        for ending in ["ing", "ed"] where w.hasSuffix(ending) && w.count >= ending.count + 3 {
            var root = Array(w.dropLast(ending.count))
            if root.count >= 3, root[root.count - 1] == root[root.count - 2], !"lsz".contains(root[root.count - 1]) {
                root.removeLast()
            }
            return String(root)
        }
        return w
    }

    /// The keys whose phrases are units, in order: fragments of longer expressions
    /// (`PhraseBoundary`) go.
    static func units(_ keys: [String], pool: [String: Pooled], body: ((Int) -> String)?) -> [String] {
        guard let body else { return keys }
        let entries = keys.map { pool[$0]! }
        let forms = entries.map { e in e.displays.keys.sorted().map { $0.lowercased().split(separator: " ").map(String.init) } }
        let cut = PhraseBoundary.fragments(forms: forms, articles: entries.map { $0.articles.sorted() }, body: body)
        return keys.indices.filter { !cut.contains($0) }.map { keys[$0] }
    }

    /// The stemmed key of a phrase as written (the same key candidates carry).
    static func key(of phrase: String) -> String {
        Tokenizer.tokenize(phrase).filter { $0.kind == .word || $0.kind == .number }
            .map { Stemmer.stem($0.lower) }.joined(separator: " ")
    }

    /// The watched topics, counted over every candidate of every article: a term counts where an
    /// article's candidate has its key; a term inside a longer matched term is not counted twice.
    static func watchedTopics(_ watchlist: [WatchedTopic], allPhrases: [[PhraseCandidate]],
                              articleIDs: [String], index: WatchedTermIndex? = nil) -> [Topic] {
        let index = index ?? WatchedTermIndex(watchlist, key: key(of:))
        return watchedTopics(watchlist, found: allPhrases.map { index.mentions(in: $0) }, articleIDs: articleIDs)
    }

    /// The watched topics from each article's mentions of them (`WatchedTermIndex.mentions`,
    /// topic number -> mentions), worked out while each article's candidates were at hand.
    static func watchedTopics(_ watchlist: [WatchedTopic], found: [[Int: Int]], articleIDs: [String]) -> [Topic] {
        var articles = Array(repeating: [Int](), count: watchlist.count)
        var mentions = Array(repeating: 0, count: watchlist.count)
        for (a, counts) in found.enumerated() {
            for (topic, n) in counts {
                articles[topic].append(a)
                mentions[topic] += n
            }
        }
        return watchlist.enumerated().map { t, w in
            var seen: Set<String> = [w.label]
            let terms = [w.label] + w.terms.filter { seen.insert($0).inserted }
            return Topic(label: w.label, terms: terms, mentions: mentions[t], articles: articles[t].map { articleIDs[$0] },
                         watched: true)
        }
    }

    /// A candidate that may be pooled for topics whatever the participants and watchlist turn out
    /// to be: a noun phrase of two words or more seen in the body, never only inside a longer
    /// candidate ("worst oil" in "worst oil spill"), not all capitalised names, not generic, not
    /// headed by an adjective, not a role ("prime minister").
    ///
    /// Why apart: the second pass keeps only these per article until the participants are known,
    /// instead of every article's forty strongest candidates.
    static func mayPool(_ p: PhraseCandidate) -> Bool {
        !p.isName && p.words.count >= 2 && p.isNounPhrase && p.inBody && !p.subsumed
            && !KeyphraseExtractor.isAdjectival(p.words[p.words.count - 1])
            && !isGeneric(p.words) && !p.words.allSatisfy({ PersonWords.roleWords.contains($0) })
    }

    struct Pooled {
        var words: [String]
        var displays: [String: Int] = [:]
        var articles: Set<Int> = []
        var mentions = 0
    }

    /// The topics of articles whose candidates are given one list per article.
    static func build(perArticle: [[PhraseCandidate]], names: Set<String>, nameWords: Set<String>,
                      articleIDs: [String], limit: Int = 12,
                      watchlist: [WatchedTopic] = [], allPhrases: [[PhraseCandidate]]? = nil,
                      watchedFound: [[Int: Int]] = [], body: ((Int) -> String)? = nil) -> [Topic] {
        var pool = TopicPool()
        for (a, phrases) in perArticle.enumerated() { pool.add(phrases, article: a) }
        return build(pool: pool, names: names, nameWords: nameWords, articleIDs: articleIDs, limit: limit,
                     watchlist: watchlist, allPhrases: allPhrases, watchedFound: watchedFound, body: body)
    }

    /// - Parameters:
    ///   - pool: the candidates of every article that may be topics (`TopicPool`).
    ///   - nameWords: stems of the words of people's and places' names: a phrase containing one
    ///     ("Russia relations", "Lavrov-Blinken meeting") is about a participant, not a subject.
    ///   - body: an article's body by index, to judge where a phrase's uses begin and end
    ///     (`PhraseBoundary`); without it every phrase is taken as a unit.
    static func build(pool candidates: TopicPool, names: Set<String>, nameWords: Set<String>,
                      articleIDs: [String], limit: Int = 12,
                      watchlist: [WatchedTopic] = [], allPhrases: [[PhraseCandidate]]? = nil,
                      watchedFound: [[Int: Int]] = [], body: ((Int) -> String)? = nil) -> [Topic] {
        let watchedTerms = WatchedTermIndex(watchlist, key: key(of:))  // built once: the list can be long
        let watched = allPhrases.map { watchedTopics(watchlist, allPhrases: $0, articleIDs: articleIDs, index: watchedTerms) }
            ?? watchedTopics(watchlist, found: watchedFound, articleIDs: articleIDs)
        // A phrase containing a watched term ("climate change" for "climate") is counted there.
        func isWatched(_ words: [String]) -> Bool { watchedTerms.containsTerm(words) }
        func namesAParticipant(_ words: [String]) -> Bool {
            for w in words {
                if nameWords.contains(w) { return true }
                if w.utf8.contains(0x2D), w.split(separator: "-").contains(where: { nameWords.contains(String($0)) }) { return true }
            }
            return false
        }
        // A phrase the article writes in lower case is no name, whatever a shouted headline
        // ("OIL SPILL") made a participant of.
        func namesAParticipant(display: String) -> Bool {
            let lower = display.lowercased()
            return lower != display && names.contains(lower)
        }
        // Only phrases the articles themselves show as units (`mayPool`, applied as they were
        // pooled), and not names of participants or watched terms.
        var pool: [String: Pooled] = [:]
        // A phrase used in one article only, fewer than twice, can meet neither bar below.
        for (key, e) in candidates.entries(minimumLoneMentions: 2) where !namesAParticipant(e.words) && !isWatched(e.words) {
            var pooled = Pooled(words: e.words)
            for f in e.forms where !namesAParticipant(display: f.display) {
                pooled.displays[f.display, default: 0] += f.mentions
                pooled.articles.formUnion(f.articles.lazy.map { Int($0) })
                pooled.mentions += f.mentions
            }
            if !pooled.articles.isEmpty { pool[key] = pooled }
        }
        let multi = candidates.articleCount > 1
        var ranked = pool.filter { _, e in multi ? (e.articles.count >= 2 || e.mentions >= 3) : e.mentions >= 2 }
            .map { (key: $0.key, articles: $0.value.articles.count, mentions: $0.value.mentions) }
        ranked.sort { x, y in
            if x.articles != y.articles { return x.articles > y.articles }
            if x.mentions != y.mentions { return x.mentions > y.mentions }
            return x.key < y.key
        }
        let keys = units(ranked.prefix(limit * 6).map(\.key), pool: pool, body: body).prefix(limit * 5)
            .map { $0 }
        var uf = UnionFind(keys.count)
        for i in 0..<keys.count {
            for j in (i + 1)..<max(i + 1, keys.count) {
                let a = pool[keys[i]]!.words, b = pool[keys[j]]!.words
                let short = a.count <= b.count ? a : b
                if short.count >= 2 && KeyphraseExtractor.overlap(a, b) { uf.union(i, j) }
                else if a.count >= 2, a.count == b.count, orderFree(a) == orderFree(b) { uf.union(i, j) }
                else if a.count >= 2, b.count >= 2, a.last == b.last, !genericHeads.contains(a.last!),
                        coOccur(pool[keys[i]]!.articles, pool[keys[j]]!.articles) { uf.union(i, j) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in 0..<keys.count { groups[uf.find(i), default: []].append(i) }
        var topics: [Topic] = []
        for root in groups.keys.sorted() {
            let members = groups[root]!.sorted()     // already in rank order
            var articles = Set<Int>()
            var mentions = 0
            for m in members {
                let e = pool[keys[m]]!
                articles.formUnion(e.articles)
                // A longer member's mentions are already counted by a shorter member inside it
                // ("arms control treaties" within "arms control").
                let containsOther = members.contains { o in
                    o != m && pool[keys[o]]!.words.count < e.words.count && KeyphraseExtractor.overlap(pool[keys[o]]!.words, e.words)
                }
                if !containsOther { mentions += e.mentions }
            }
            func display(_ m: Int) -> String {
                pool[keys[m]]!.displays.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            }
            let terms = members.map(display)
            topics.append(Topic(label: terms[0], terms: terms, mentions: mentions,
                                articles: articles.sorted().map { articleIDs[$0] }))
        }
        topics.sort { a, b in
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            if a.mentions != b.mentions { return a.mentions > b.mentions }
            return a.label < b.label
        }
        return watched + topics.prefix(limit)
    }
}
