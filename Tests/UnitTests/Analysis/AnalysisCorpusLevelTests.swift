import Testing
import Foundation
import BriefingModel
@testable import BriefingAnalysis

@Suite("Analysis: topics, reactions, stories")
struct AnalysisCorpusLevelTests {
    @Test func relatedPhrasesAreGroupedIntoOneTopic() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("t/1", "Arms control back on the table",
                                     "Negotiators discussed arms control in Geneva. Arms control treaties have lapsed, and arms control treaties need renewal. Arms control experts were cautious."),
            AnalysisFixtures.article("t/2", "Talks on arms control",
                                     "The delegates said arms control matters. New arms control treaties were proposed. Arms control remains hard, said a delegate."),
            AnalysisFixtures.article("t/3", "Fishing quotas",
                                     "Fishing quotas were cut. Fishing quotas anger fishermen. The fishing fleet sailed anyway."),
        ])
        let topic = try #require(b.topics.first { $0.terms.contains("arms control") })
        #expect(topic.terms.contains("arms control treaties"))
        #expect(topic.articles == ["t/1", "t/2"])
        #expect(topic.mentions >= 6)
        // Sorted by articles, then mentions.
        for (x, y) in zip(b.topics, b.topics.dropFirst()) {
            #expect(x.articles.count > y.articles.count || (x.articles.count == y.articles.count && x.mentions >= y.mentions))
        }
        // Names are never topics.
        #expect(!b.topics.contains { $0.label == "Geneva" })
    }

    @Test func reactionsHaveActorToneAndQuotes() throws {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("r/1", "Attack condemned",
                                     "The European Union condemned the attack on the convoy near the border. Allies of the United States likely welcomed the ceasefire. Analysts were sceptical about the deal."),
        ])
        let condemned = try #require(b.reactions.first { $0.stance == "opposes" })
        #expect(condemned.tone == .negative)
        #expect(condemned.actors == ["European Union"])
        #expect(condemned.quotes == [Quote(text: "The European Union condemned the attack on the convoy near the border.", article: "r/1")])
        // Groups ("allies", "analysts") are no participants, so no actors.
        #expect(b.reactions.allSatisfy { !$0.actors.contains("allies") && !$0.actors.contains("analysts") })
    }

    @Test func negatedCuesAreNotReactions() {
        let b = AnalysisFixtures.analyze([
            AnalysisFixtures.article("n/1", "Quiet", "The Foreign Ministry did not welcome the proposal on the border, officials said."),
        ])
        #expect(!b.reactions.contains { $0.stance == "supports" })
    }

    static let twoStories: [Article] = [
        AnalysisFixtures.article("q/1", "Earthquake strikes Chile",
                                 "A magnitude 7 earthquake struck near Santiago, Chile. Rescue teams searched collapsed buildings in Santiago. The earthquake damaged roads and bridges."),
        AnalysisFixtures.article("f/1", "Arsenal sign striker",
                                 "Arsenal signed a striker from Porto for a record transfer fee. The striker passed a medical in London. Arsenal fans welcomed the transfer."),
        AnalysisFixtures.article("q/2", "Chile earthquake toll rises",
                                 "Rescue teams in Santiago found more survivors after the earthquake. The magnitude 7 earthquake left thousands homeless across Chile. Aftershocks shook Santiago again."),
        AnalysisFixtures.article("f/2", "Record fee for Arsenal striker",
                                 "The transfer fee Arsenal paid Porto for the striker is a club record. The striker said he was proud to join Arsenal. Porto fans were sad to see the striker go."),
    ]

    @Test func articlesAboutTheSameEventFormAStory() throws {
        let b = AnalysisFixtures.analyze(AnalysisCorpusLevelTests.twoStories)
        #expect(b.stories.count == 2)
        let groups = Set(b.stories.map { Set($0.articles) })
        #expect(groups == [["q/1", "q/2"], ["f/1", "f/2"]])
        for s in b.stories {
            #expect(!s.title.isEmpty)
            #expect(!s.summary.isEmpty)
        }
    }

    @Test func executiveSummaryCitesRealArticlesAndCoversEveryStory() throws {
        let b = AnalysisFixtures.analyze(AnalysisCorpusLevelTests.twoStories)
        let ids = Set(b.articles.map(\.id))
        // One development per story at least; an undated story tells no second one (it would
        // repeat its headline), so two undated stories give two.
        #expect(b.executiveSummary.count == b.stories.count)
        for line in b.executiveSummary {
            #expect(!line.articles.isEmpty)
            #expect(Set(line.articles).isSubset(of: ids))
            // The sentence is really in a cited article.
            let cited = AnalysisCorpusLevelTests.twoStories.filter { line.articles.contains($0.id) }
            #expect(cited.contains { $0.body.contains(line.text) })
        }
        for story in b.stories {
            #expect(b.executiveSummary.contains { !Set($0.articles).isDisjoint(with: story.articles) })
        }
        let texts = b.executiveSummary.map(\.text)
        #expect(Set(texts).count == texts.count)
    }

    @Test func outputIsDeterministic() throws {
        let articles = AnalysisCorpusLevelTests.twoStories + AnalysisFixtures.diplomacy
        let first = AnalysisFixtures.analyze(articles)
        let second = AnalysisFixtures.analyze(articles)
        #expect(first == second)
        #expect(try first.jsonData() == second.jsonData())
    }

    /// Articles are finished a chunk at a time on every core, their partials merged as they come
    /// in, after those ranked while the names were merged; where the chunks fall and how many
    /// were ranked early change nothing: the same digests, names, topics and numbered vectors.
    @Test func finishingInChunksChangesNothing() {
        let articles = AnalysisCorpusLevelTests.twoStories + AnalysisFixtures.diplomacy
        let (analyses, aggregate) = ParallelAnalysis.run(articles)
        let pipeline = CorpusPipeline(keyphrasesPerArticle: 8, storyThreshold: StoryGraphSettings().threshold, watchlist: [])
        var held = analyses
        let whole = pipeline.secondPass(articles, analyses: &held, aggregate: aggregate)
        // Read for the last time there: every article's first-pass mentions are let go.
        let emptied = held.allSatisfy { $0.mentions.isEmpty }, hadMentions = analyses.contains { !$0.mentions.isEmpty }
        #expect(emptied)
        #expect(hadMentions)
        // Chunks of several sizes, and articles ranked early (beside the names merge): none, some, all.
        for (chunk, early) in [(1, 0), (2, 3), (3, 1), (2, articles.count), (64, nil)] as [(Int, Int?)] {
            var again = analyses
            let cut = pipeline.secondPass(articles, analyses: &again, aggregate: aggregate, chunk: chunk, early: early)
            #expect(cut.topics == whole.topics)
            #expect(cut.finished.map(\.digest) == whole.finished.map(\.digest))
            let sentences = cut.finished.map { $0.names.inSentences }, roles = cut.finished.map { $0.names.roles }
            #expect(sentences == whole.finished.map { $0.names.inSentences })
            #expect(roles == whole.finished.map { $0.names.roles })
            #expect(cut.storyVectors.documents.lists.map { $0.map(\.0) } == whole.storyVectors.documents.lists.map { $0.map(\.0) })
            #expect(cut.storyVectors.documents.lists.map { $0.map(\.1) } == whole.storyVectors.documents.lists.map { $0.map(\.1) })
            #expect(cut.storyVectors.isName == whole.storyVectors.isName)
        }
        #expect(!whole.topics.isEmpty)
        #expect(whole.storyVectors.documents.count == articles.count)
        #expect(whole.storyVectors.documents.lists.contains { !$0.isEmpty })
    }

    @Test func mergeIsAssociative() {
        let parts = (AnalysisCorpusLevelTests.twoStories + AnalysisFixtures.diplomacy).enumerated().map {
            CorpusAggregate(ArticleAnalyzer.analyze($0.element, index: $0.offset))
        }
        var left = CorpusAggregate()
        left.merge(CorpusAggregate.merged(Array(parts[0..<3])))
        left.merge(CorpusAggregate.merged(Array(parts[3...])))
        var right = CorpusAggregate.merged([parts[0]])
        right.merge(CorpusAggregate.merged(Array(parts[1...])))
        #expect(left.documents == right.documents)
        #expect(left.stemDF == right.stemDF)
        #expect(left.lowerCounts == right.lowerCounts)
        #expect(left.names.mapValues(\.mentions) == right.names.mapValues(\.mentions))
        #expect(left.names.mapValues { Set($0.articles) } == right.names.mapValues { Set($0.articles) })
    }

    @Test func corpusCountsComeFromTheArticles() {
        let d1 = Day(year: 2024, month: 12, day: 5)!, d2 = Day(year: 2024, month: 12, day: 7)!
        let b = BriefingAnalyzer().briefing(
            for: [AnalysisFixtures.article("c/1", "One", "Some text here about trade.", date: d2, source: "bbc.co.uk"),
                  AnalysisFixtures.article("c/2", "Two", "More text here about trade.", date: d1, source: "bbc.co.uk"),
                  AnalysisFixtures.article("c/3", "Three", "Even more text about trade.", source: "reuters.com"),
                  AnalysisFixtures.article("c/4", "Four", "Text without a source.")],
            title: "T", generated: AnalysisFixtures.today,
            skipped: [SkippedFile(path: "x.bin", reason: "binary")], warnings: ["w"])
        #expect(b.corpus.articleCount == 4)
        #expect(b.corpus.sourceCount == 2)
        #expect(b.corpus.undatedCount == 2)
        #expect(b.corpus.firstDay == d1)
        #expect(b.corpus.lastDay == d2)
        #expect(b.corpus.skipped == [SkippedFile(path: "x.bin", reason: "binary")])
        #expect(b.corpus.warnings == ["w"])
        #expect(b.articles.map(\.id) == ["c/1", "c/2", "c/3", "c/4"])
        #expect(b.articles[0].source == "bbc.co.uk" && b.articles[0].date == d2)
    }
}
