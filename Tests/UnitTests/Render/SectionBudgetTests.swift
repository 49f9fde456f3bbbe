@testable import BriefingRender
import BriefingModel
import Testing

/// A briefing over its pages is laid out again with tighter lists: each step cuts, none cuts
/// below the floors, and the steps end.
struct SectionBudgetTests {
    @Test(arguments: [8, 4, 12])
    func tighteningCutsDownToTheFloorsAndStops(pages: Int) throws {
        var style = Style.default
        style.pageBudget = pages
        var budget = SectionBudget(style)
        let floor = SectionBudget.floor
        var steps = 0
        while let next = budget.tightened() {
            let before = lists(budget), after = lists(next)
            #expect(zip(before, after).allSatisfy { $1 <= $0 } && before != after)
            budget = next
            steps += 1
            try #require(steps < 50)
        }
        #expect(budget.keyDevelopments >= floor.keyDevelopments && budget.stories >= floor.stories)
        #expect(budget.timelineRows >= floor.timelineRows && budget.participants >= floor.participants)
        #expect(steps >= 1 || pages <= 4)
    }

    /// Every list a step may cut, in one array.
    private func lists(_ b: SectionBudget) -> [Int] {
        [b.keyDevelopments, b.watch, b.topics, b.timelineRows, b.participants, b.pairs, b.stories,
         b.storyArticles, b.citations, b.skippedFiles]
    }

    @Test func fullDetailIsNeverTightenedBelowItsOwnLists() {
        var style = Style.default
        style.detail = .full
        let budget = SectionBudget(style)
        #expect(budget.stories == .max && budget.reactions)
    }
}

/// The front page holds the key developments and what to watch whole: when long leads push them
/// onto page 2, developments are dropped (never below the floor) until they fit; short ones
/// keep every row.
struct FrontPageFitTests {
    @Test func longLeadsLoseDevelopmentsUntilWhatToWatchEndsOnPageOne() throws {
        let renderer = DocumentRenderer(style: .default)
        let pages = renderer.paginate(Self.briefing(leadSentences: 2))
        #expect(renderer.directory.page(ofMark: KeyDevelopmentsSection.frontPageEnd) == 1)
        let front = try #require(pages.first)
        let lists = front.compactMap { $0.flowable as? BulletList }
        try #require(lists.count == 2, "the developments and the watch list, both on page 1")
        #expect(lists[0].items.count >= SectionBudget.floor.keyDevelopments && lists[0].items.count < 8)
        #expect(lists[1].items.count == 4)
    }

    @Test func shortLeadsKeepEveryDevelopment() {
        let renderer = DocumentRenderer(style: .default)
        let pages = renderer.paginate(Self.briefing(leadSentences: 1))
        #expect(renderer.directory.page(ofMark: KeyDevelopmentsSection.frontPageEnd) == 1)
        #expect(pages.first?.compactMap { ($0.flowable as? BulletList)?.items.count } == [8, 4])
    }

    /// Eight developments whose leads run `leadSentences` sentences, and four watch items.
    static func briefing(leadSentences: Int) -> Briefing {
        var b = RenderFixture.briefing()
        let ids = b.articles.map(\.id)
        let sentence = "Delegations from both sides spent the day on verification rules for the treaty's limits. "
        b.executiveSummary = (1...8).map { i in
            CitedSentence(text: String(repeating: sentence, count: leadSentences), articles: [ids[i]],
                          headline: "Development \(i) headline", date: b.corpus.firstDay)
        }
        b.watch = (1...4).map { WatchItem(date: b.corpus.lastDay!, text: "Watch item \($0): the next round opens.", articles: [ids[$0]]) }
        return b
    }
}
