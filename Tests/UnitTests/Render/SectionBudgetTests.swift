@testable import BriefingRender
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
