/// The corpus-wide merge of per-article analyses.
///
/// Why a monoid: `merge` is associative (sums, unions and concatenations; order is restored by
/// sorting when the briefing is built), and `CorpusAggregate()` is its identity. So chunks can
/// be merged in any grouping -- two cores today, shards on several machines tomorrow -- and the
/// answer is the same.
struct CorpusAggregate: Sendable {
    /// What the corpus says about one written form of a name.
    struct NameStats: Sendable {
        var mentions = 0
        /// Mentions not at the start of a sentence (real evidence of a name).
        var nonInitial = 0
        var articles: [Int] = []
        var person = 0
        var place = 0
        var organization = 0
        var roles: [String: Int] = [:]

        mutating func merge(_ o: NameStats) {
            mentions += o.mentions
            nonInitial += o.nonInitial
            articles += o.articles
            person += o.person
            place += o.place
            organization += o.organization
            roles.merge(o.roles, uniquingKeysWith: +)
        }
    }

    var documents = 0
    var names: [String: NameStats] = [:]
    var acronyms: [AcronymPair: Int] = [:]
    var lowerCounts: [String: Int] = [:]
    /// Documents containing each content stem (phrase-word IDF and story vectors).
    var stemDF: [String: Int] = [:]
    var reactions: [(article: Int, finding: ReactionFinding)] = []
    var dates: [(article: Int, date: FoundDate)] = []

    init() {}

    init(_ a: ArticleAnalysis) {
        add(a)
    }

    /// Adds one article in place: the same as merging `CorpusAggregate(a)`, without the copy.
    mutating func add(_ a: ArticleAnalysis) {
        documents += 1
        for m in a.mentions {
            // Updated in place: one lookup per mention, and no copy of the stats.
            Self.count(m, article: a.index, into: &names[m.surface, default: NameStats()])
        }
        for p in a.acronymPairs { acronyms[p, default: 0] += 1 }
        for (w, c) in a.lowerWords { lowerCounts[w, default: 0] += c }
        for k in a.contentStems { stemDF[k, default: 0] += 1 }
        reactions += a.reactions.map { (a.index, $0) }
        dates += a.dates.map { (a.index, $0) }
    }

    private static func count(_ m: EntityMention, article: Int, into s: inout NameStats) {
        s.mentions += 1
        if !m.initial && !m.inHeading { s.nonInitial += 1 }
        if s.articles.last != article { s.articles.append(article) }
        switch m.hint {
        case .person: s.person += 1
        case .place: s.place += 1
        case .organization: s.organization += 1
        case .none: break
        }
        if let r = m.role { s.roles[r, default: 0] += 1 }
    }

    mutating func merge(_ o: CorpusAggregate) {
        documents += o.documents
        for (k, v) in o.names {
            if names[k] == nil { names[k] = v } else { names[k]!.merge(v) }
        }
        acronyms.merge(o.acronyms, uniquingKeysWith: +)
        lowerCounts.merge(o.lowerCounts, uniquingKeysWith: +)
        stemDF.merge(o.stemDF, uniquingKeysWith: +)
        reactions += o.reactions
        dates += o.dates
    }

    /// Lets go of what only the second pass reads (the written forms of names, acronyms,
    /// lower-case counts: `AliasMerger`). Why: the corpus steps read the reactions, dates and
    /// stem frequencies alone, and story grouping, where memory peaks, comes after.
    mutating func dropNameEvidence() {
        names = [:]
        acronyms = [:]
        lowerCounts = [:]
    }

    static func merged(_ parts: [CorpusAggregate]) -> CorpusAggregate {
        var out = CorpusAggregate()
        for p in parts { out.merge(p) }
        return out
    }
}
