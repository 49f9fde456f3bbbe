import BriefingModel
@testable import BriefingRender
import Testing

/// One rule for every list the briefing cuts short: a line saying "and N more" only when it hides
/// at least three items; hiding one or two shows them instead.
struct ListCutTests {
    @Test func aCutHidesThreeItemsOrNone() {
        #expect(ListCut.shown(10, limit: 3) == 3)
        #expect(ListCut.shown(6, limit: 3) == 3, "hides three")
        #expect(ListCut.shown(5, limit: 3) == 5, "would hide two")
        #expect(ListCut.shown(4, limit: 3) == 4, "would hide one")
        #expect(ListCut.shown(2, limit: 3) == 2)
        #expect(ListCut.shown(7, limit: .max) == 7)
        #expect(Array(ListCut.prefix([1, 2, 3, 4, 5, 6], limit: 4)) == [1, 2, 3, 4, 5, 6])
        for total in 0...12 {
            for limit in 0...12 {
                let hidden = total - ListCut.shown(total, limit: limit)
                #expect(hidden == 0 || hidden >= ListCut.leastHidden, "\(total) items, limit \(limit)")
            }
        }
    }

    /// Every paragraph, heading and list item the composer makes, as text.
    private func composedText(_ b: Briefing, style: Style) -> String {
        let composer = BriefingComposer(style: style, text: TextContext())
        var lines: [String] = []
        func add(_ p: Paragraph) { lines.append(String(decoding: p.layout.textBytes, as: UTF8.self)) }
        for flowable in composer.compose(b) {
            if let p = flowable as? Paragraph { add(p) }
            if let h = flowable as? Heading { lines.append(h.title) }
            if let list = flowable as? BulletList { list.items.forEach { add($0.body) } }
        }
        return lines.joined(separator: "\n").replacingOccurrences(of: "\u{AD}", with: "")
    }

    @Test func aStoryListsAllItsArticlesRatherThanSayOneOrTwoMore() {
        var b = RenderFixture.briefing()
        let ids = b.articles.map(\.id)
        let style = RenderFixture.fullStyle
        let limit = style.storyArticleLimit
        b.stories = [Story(title: "One over", articles: Array(ids[0...limit]), summary: ["One article over the limit."]),
                     Story(title: "Three over", articles: Array(ids[20..<(23 + limit)]), summary: ["Three over."])]
        let text = composedText(b, style: style)
        #expect(!text.contains("and 1 more") && !text.contains("and 2 more"), "\(text)")
        #expect(text.contains("and 3 more"))
        #expect(text.contains(b.articles[limit].title), "the one article over the limit is listed")
    }

    @Test func twoUncitedArticlesAreListedAndThreeAreCounted() throws {
        let b = RenderFixture.briefing()
        // A brief briefing lists only the articles it cites: those whose titles it shows.
        let text = composedText(b, style: .default)
        let cited = Set(b.articles.filter { text.contains($0.title) }.map(\.id))
        let uncited = b.articles.filter { !cited.contains($0.id) }
        try #require(!cited.isEmpty && uncited.count >= 3)
        for extra in [1, 2, 3] {
            var few = b
            few.articles = b.articles.filter { cited.contains($0.id) } + uncited.prefix(extra)
            let text = composedText(few, style: .default)
            if extra < ListCut.leastHidden {
                #expect(!text.contains("more article"), "\(extra) uncited")
                for article in uncited.prefix(extra) { #expect(text.contains(article.title)) }
            } else {
                #expect(text.contains("And 3 more articles analysed."))
                #expect(!text.contains(uncited[0].title))
            }
        }
    }

    @Test func participantsAreCutOnlyWhenThreeOrMoreWouldGo() {
        let b = RenderFixture.briefing()
        var style = RenderFixture.fullStyle
        style.participantLimit = b.participants.count - 1
        #expect(!composedText(b, style: style).contains("Showing the first"))
        style.participantLimit = b.participants.count - 3
        #expect(composedText(b, style: style).contains("Showing the first 2 of 5 participants."))
    }

    @Test func chartAltTextNamesOneOrTwoMoreValuesInsteadOfCountingThem() {
        let six = (1...6).map { ("topic \($0)", $0) }
        #expect(ChartAltText.values(six) == six.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        let eight = (1...8).map { ("topic \($0)", $0) }
        #expect(ChartAltText.values(eight).hasSuffix("topic 5 5 and 3 more"))
    }
}
