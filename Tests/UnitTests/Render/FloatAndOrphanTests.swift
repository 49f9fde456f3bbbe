@testable import BriefingRender
import Testing

/// Figures that do not fit wait for the next page while text fills the gap; tables and lists
/// never leave one row or item alone on a page.
struct FloatAndOrphanTests {
    let text = TextContext()
    let styles = TextStyles(.default)

    /// A chart of a fixed height that cannot be squeezed.
    private struct Block: Chart {
        let height: Double
        func height(forWidth width: Double) -> Double { height }
        func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {}
    }

    private func filler(_ sentences: Int) -> Paragraph {
        Paragraph(Markup(String(repeating: "Filler text for the page, set in the body face. ", count: sentences)),
                  style: styles.body, text: text)
    }

    private func page(of flowable: AnyObject, in pages: [[PlacedFlowable]]) -> Int? {
        pages.firstIndex { $0.contains { $0.flowable === flowable } }
    }

    @Test func aChartThatDoesNotFitWaitsWhileTheTextAfterItFillsThePage() throws {
        let frame = 500.0
        let first = filler(24)
        let firstHeight = first.wrap(availableWidth: 300)
        #expect(firstHeight < frame * 0.6)
        let heading = Heading("Section", level: 1, style: styles.heading1, text: text)
        let chart = ChartBox(Block(height: frame * 0.7))
        let after = filler(60)
        let pages = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: frame)
            .paginate([first, heading, chart, after])
        // The heading and the start of the text stay on page 1; the chart opens page 2.
        #expect(page(of: heading, in: pages) == 0)
        #expect(pages[0].count == 3, "page 1 holds the first text, the heading and the start of the next")
        #expect(pages[1].first?.flowable === chart)
        let used = pages[0].map { $0.y + $0.flowable.wrap(availableWidth: 300) }.max() ?? 0
        #expect(used > frame * 0.85, "page 1 ends in a blank band")
    }

    @Test func aWaitingChartNeverPassesAHeading() throws {
        let frame = 500.0
        let first = filler(24)
        let chart = ChartBox(Block(height: frame * 0.7))
        let short = Paragraph(Markup("A line."), style: styles.body, text: text)
        let next = Heading("Next section", level: 1, style: styles.heading1, text: text)
        let pages = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: frame)
            .paginate([first, chart, short, next, filler(5)])
        let chartPage = try #require(page(of: chart, in: pages))
        let headingPage = try #require(page(of: next, in: pages))
        #expect(chartPage < headingPage || (chartPage == headingPage
            && pages[chartPage].firstIndex { $0.flowable === chart }! < pages[chartPage].firstIndex { $0.flowable === next }!))
    }

    private func table(rows: Int) -> Table {
        let content = TableContent(
            columns: [.init(title: "Name", weight: 2), .init(title: "Count", weight: 1, alignment: .right)],
            rows: (0..<rows).map { [Markup("Row \($0)"), Markup(String($0))] },
            headerFont: styles.tableHeaderFont, bodyFont: styles.tableBodyFont, padding: (4, 3), text: text)
        return Table(content: content, headerFill: .init(red: 1, green: 1, blue: 1),
                     ruleColor: .init(red: 0, green: 0, blue: 0), textColor: .init(red: 0, green: 0, blue: 0),
                     spaceBefore: 0, spaceAfter: 0)
    }

    @Test func aTableKeepsTwoRowsOnEachSideOfABreak() throws {
        let whole = table(rows: 6)
        _ = whole.wrap(availableWidth: 300)
        let header = whole.content.headerHeight
        let row = whole.content.rowHeights[0]
        #expect(whole.split(availableHeight: header + 1.5 * row) == nil)
        let (head, tail) = try #require(whole.split(availableHeight: header + 5.5 * row))
        #expect((head as? Table)?.rowCount == 4)
        #expect((tail as? Table)?.rowCount == 2)
    }

    @Test func aLongListNeverLeavesItsFirstItemAlone() {
        let list = BulletList(markers: (0..<6).map { "\($0 + 1)." }, bodies: (0..<6).map { Markup("Item \($0)") },
                              bodyStyle: styles.listBody, markerFont: styles.tableBodyFont,
                              markerColor: .init(red: 0, green: 0, blue: 0), indent: 20, itemSpacing: 2, text: text)
        let height = list.wrap(availableWidth: 300)
        let oneItem = (height - 10) / 6
        #expect(list.split(availableHeight: oneItem * 1.5) == nil)
    }
}
