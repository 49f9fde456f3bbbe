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
        var altText: String { "A block." }
        func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double) {}
    }

    /// A flowable of a fixed height that never splits.
    private final class Fixed: Flowable {
        let height: Double
        init(height: Double) { self.height = height }
        func wrap(availableWidth: Double) -> Double { height }
        func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }
        func draw(on canvas: PageCanvas, x: Double, y: Double) {}
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

    private func list(items: Int) -> BulletList {
        BulletList(markers: (0..<items).map { "\($0 + 1)." }, bodies: (0..<items).map { Markup("Item \($0)") },
                   bodyStyle: styles.listBody, markerFont: styles.tableBodyFont,
                   markerColor: .init(red: 0, green: 0, blue: 0), indent: 20, itemSpacing: 2, text: text)
    }

    @Test func shortTablesAndListsMoveWholeToTheNextPage() throws {
        let frame = 400.0
        for short in [table(rows: 2) as any Flowable, table(rows: 4), list(items: 2), list(items: 3)] {
            let height = short.wrap(availableWidth: 300)
            // A block that leaves room for half of the short one: enough for a split.
            let lead = Fixed(height: frame - height * 0.5)
            let placed = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: frame)
                .paginate([lead, short])
            // Every part is a Table or BulletList; a short one is placed once, on the next page.
            let parts = placed.flatMap { $0 }.filter { $0.flowable is Table || $0.flowable is BulletList }
            #expect(parts.count == 1, "\(type(of: short)) split into \(parts.count) parts")
        }
    }

    @Test func aShortTableTallerThanAPageStillSplitsAtTheTop() throws {
        let tall = table(rows: 4)
        let height = tall.wrap(availableWidth: 300)
        let placed = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: height * 0.6).paginate([tall])
        #expect(placed.count >= 2, "a table taller than the page must split rather than overflow")
    }

    @Test func aTableIsNotCutInTwoByItsOwnWaitingChart() throws {
        let frame = 500.0
        let first = filler(24)
        let chart = ChartBox(Block(height: frame * 0.7))
        let rows = table(rows: 40)
        let placed = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: frame)
            .paginate([first, chart, rows])
        let chartPage = try #require(page(of: chart, in: placed))
        // The table's parts: each page's Table, in order; the chart comes after the last part
        // that started before it, never between two parts on one page.
        let onChartPage = placed[chartPage]
        let chartIndex = try #require(onChartPage.firstIndex { $0.flowable === chart })
        #expect(!onChartPage[(chartIndex + 1)...].contains { $0.flowable is Table }
                || !onChartPage[..<chartIndex].contains { $0.flowable is Table },
                "the chart sits between two parts of the table")
        // Its first part began on page 1, so its rest opens page 2, before the chart.
        #expect(placed[1].first?.flowable is Table)
    }
}
