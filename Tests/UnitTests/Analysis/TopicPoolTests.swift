import Testing
@testable import BriefingAnalysis

/// The topic pool keeps a phrase used once apart from the others; however the articles are cut
/// into pools and merged, every phrase keeps all its forms, articles and mentions.
@Suite("Topics: candidate pool")
struct TopicPoolTests {
    static func candidate(_ words: [String], _ display: String, count: Int = 1) -> PhraseCandidate {
        PhraseCandidate(key: words.joined(separator: " "), words: words, display: display, count: count,
                        firstSentence: 1, inTitle: false, isName: false, subsumed: false)
    }

    /// Per article: "oil spill" in two forms and several articles, "rate rise" once, "budget
    /// deficit" twice in one article.
    static let articles: [[PhraseCandidate]] = [
        [candidate(["oil", "spill"], "oil spill"), candidate(["rate", "rise"], "rate rise")],
        [candidate(["budget", "deficit"], "budget deficit", count: 2)],
        [candidate(["oil", "spill"], "Oil Spill", count: 3), candidate(["budget", "deficit"], "budget deficits")],
        [candidate(["oil", "spill"], "oil spill"), candidate(["trade", "gap"], "trade gap")],
    ]

    /// Key -> (stems, forms as display, articles and mentions), for comparison.
    static func summary(_ pool: TopicPool) -> [String: String] {
        Dictionary(uniqueKeysWithValues: pool.entries().map { key, e in
            (key, e.words.joined(separator: "+") + ": "
                + e.forms.map { "\($0.display) \($0.articles) \($0.mentions)" }.joined(separator: "; "))
        })
    }

    @Test func poolsMergedInOrderAreTheWholePool() {
        var whole = TopicPool()
        for (a, c) in Self.articles.enumerated() { whole.add(c, article: a) }
        let expected = [
            "oil spill": "oil+spill: oil spill [0, 3] 2; Oil Spill [2] 3",
            "rate rise": "rate+rise: rate rise [0] 1",
            "budget deficit": "budget+deficit: budget deficit [1] 2; budget deficits [2] 1",
            "trade gap": "trade+gap: trade gap [3] 1",
        ]
        #expect(Self.summary(whole) == expected)
        for cut in 1..<Self.articles.count {
            var first = TopicPool(), second = TopicPool()
            for a in 0..<cut { first.add(Self.articles[a], article: a) }
            for a in cut..<Self.articles.count { second.add(Self.articles[a], article: a) }
            first.merge(second)
            #expect(Self.summary(first) == expected)
            #expect(first.articleCount == Self.articles.count)
        }
    }

    @Test func loneUsesBelowTheBarAreLeftOut() {
        var pool = TopicPool()
        for (a, c) in Self.articles.enumerated() { pool.add(c, article: a) }
        #expect(Set(pool.entries(minimumLoneMentions: 2).map(\.key)) == ["oil spill", "budget deficit"])
    }
}
