import BriefingModel
@testable import BriefingRender
import Testing

/// The layout engine on its own: measuring, splitting, and the paginator's rules.
struct LayoutTests {
    let text = TextContext()
    let styles = TextStyles(.default)

    private func table(rows: Int) -> Table {
        let content = TableContent(
            columns: [.init(title: "Name", weight: 2), .init(title: "Count", weight: 1, alignment: .right)],
            rows: (0..<rows).map { [Markup("Row \($0) with some words"), Markup(String($0))] },
            headerFont: styles.tableHeaderFont, bodyFont: styles.tableBodyFont, padding: (4, 3), text: text)
        return Table(content: content, headerFill: .init(red: 0.9, green: 0.9, blue: 0.9),
                     ruleColor: .init(red: 0.8, green: 0.8, blue: 0.8),
                     textColor: .init(red: 0, green: 0, blue: 0), spaceBefore: 0, spaceAfter: 0)
    }

    @Test func tableSplitsBetweenRowsAndRepeatsItsHeader() throws {
        let whole = table(rows: 40)
        let height = whole.wrap(availableWidth: 300)
        let header = whole.content.headerHeight
        let rowHeight = whole.content.rowHeights[0]
        #expect(abs(height - (header + 40 * rowHeight)) < 0.01)

        let available = header + 10.5 * rowHeight
        let (head, tail) = try #require(whole.split(availableHeight: available))
        let headTable = try #require(head as? Table)
        let tailTable = try #require(tail as? Table)
        #expect(headTable.rowCount == 10)
        #expect(tailTable.rowCount == 30)
        // Both parts carry the header: the tail's height is header + its rows.
        #expect(headTable.wrap(availableWidth: 300) <= available)
        #expect(abs(tailTable.wrap(availableWidth: 300) - (header + 30 * rowHeight)) < 0.01)
        #expect(tailTable.firstRow == 10)
    }

    @Test func tableDoesNotSplitWhenNoRowFits() {
        let whole = table(rows: 5)
        _ = whole.wrap(availableWidth: 300)
        #expect(whole.split(availableHeight: whole.content.headerHeight + 1) == nil)
    }

    @Test func aRowTallerThanThePageSplitsBetweenLines() throws {
        let long = String(repeating: "A role described at great length. ", count: 60)
        let content = TableContent(
            columns: [.init(title: "Name", weight: 1), .init(title: "Roles", weight: 1)],
            rows: [[Markup("Short"), Markup(long)], [Markup("Next"), Markup("x")]],
            headerFont: styles.tableHeaderFont, bodyFont: styles.tableBodyFont, padding: (4, 3), text: text)
        let whole = Table(content: content, headerFill: .init(red: 1, green: 1, blue: 1),
                          ruleColor: .init(red: 0, green: 0, blue: 0), textColor: .init(red: 0, green: 0, blue: 0),
                          spaceBefore: 0, spaceAfter: 0)
        let height = whole.wrap(availableWidth: 200)
        #expect(height > 300)
        let pages = Paginator(frameX: 0, frameY: 0, frameWidth: 200, frameHeight: 150).paginate([whole])
        #expect(pages.count >= 3)
        var total = 0.0
        for page in pages {
            for placed in page {
                let h = placed.flowable.wrap(availableWidth: 200)
                #expect(placed.y + h <= 150.01)
                total += h - content.headerHeight
            }
        }
        // Every line of the long cell is shown once: the parts add up to the whole (less the
        // padding each extra part adds).
        #expect(total >= height - content.headerHeight - 0.01)
    }

    /// A short row whose first row does not fit is never torn apart by column: its one-line cell
    /// would be left above the break on its own, reading as a row of its own, while the
    /// two-line cells beside it go over.
    @Test func aShortRowIsNotTornBetweenItsColumns() throws {
        let content = TableContent(
            columns: [.init(title: "Date", weight: 1), .init(title: "Event", weight: 2), .init(title: "Sources", weight: 1)],
            rows: [[Markup("April 2010 (month)"), Markup("The rig exploded and sank in April, killing eleven workers."),
                    Markup("[2]")]] + (0..<4).map { [Markup("\($0) May"), Markup("x"), Markup("[1]")] },
            headerFont: styles.tableHeaderFont, bodyFont: styles.tableBodyFont, padding: (4, 3), text: text)
        let whole = Table(content: content, headerFill: .init(red: 1, green: 1, blue: 1),
                          ruleColor: .init(red: 0, green: 0, blue: 0), textColor: .init(red: 0, green: 0, blue: 0),
                          spaceBefore: 0, spaceAfter: 0)
        _ = whole.wrap(availableWidth: 160)
        let cells = content.rows[0]
        try #require(cells[0].lines.count >= 2 && cells[1].lines.count >= 2 && cells[2].lines.count == 1)
        // Room for the header and one line of the first row, not for the row.
        let oneLine = cells[2].lines[0].bottom - cells[2].lines[0].top
        #expect(whole.split(availableHeight: content.headerHeight + 2 * content.padding.vertical + oneLine + 0.5) == nil)
    }

    @Test func longWordsWrapInsteadOfOverflowing() {
        let word = String(repeating: "x", count: 400)
        let paragraph = Paragraph(Markup(word), style: styles.body, text: text)
        let height = paragraph.wrap(availableWidth: 200)
        #expect(paragraph.layout.lines.count > 3)
        for line in paragraph.layout.lines {
            #expect(line.x >= -0.01 && line.x + line.width <= 200.5, "line \(line)")
        }
        let left = Paragraph(Markup(word), style: styles.bodyLeft, text: text)
        _ = left.wrap(availableWidth: 200)
        for line in left.layout.lines { #expect(line.x + line.width <= 200.5, "left line \(line)") }
        #expect(height > 30)
    }

    @Test func paragraphSplitKeepsTwoLinesEachSide() throws {
        let sentence = "The delegations met again to discuss verification and the limits on warheads. "
        let paragraph = Paragraph(Markup(String(repeating: sentence, count: 12)), style: styles.body, text: text)
        _ = paragraph.wrap(availableWidth: 300)
        let lines = paragraph.layout.lines
        #expect(lines.count >= 8)
        // Room for one line only: no split (an orphan).
        #expect(paragraph.split(availableHeight: lines[1].bottom - lines[0].top - 1) == nil)
        let threeLines = lines[2].bottom - lines[0].top
        let (head, tail) = try #require(paragraph.split(availableHeight: threeLines + 1))
        #expect(abs(head.wrap(availableWidth: 300) - threeLines) < 0.01)
        #expect(abs(tail.wrap(availableWidth: 300) - (lines[lines.count - 1].bottom - lines[3].top)) < 0.01)
        // Room for all but one line: the widow rule leaves two lines for the next page.
        let allButOne = lines[lines.count - 2].bottom - lines[0].top
        let (_, widowTail) = try #require(paragraph.split(availableHeight: allButOne))
        #expect(abs(widowTail.wrap(availableWidth: 300) - (lines[lines.count - 1].bottom - lines[lines.count - 2].top)) < 0.01)
    }

    @Test func paginatorNeverLeavesAHeadingAtThePageBottom() {
        let frame = 400.0
        let block = Paragraph(Markup(String(repeating: "Filler text for the page. ", count: 60)),
                              style: styles.body, text: text)
        let blockHeight = block.wrap(availableWidth: 300)
        let heading = Heading("Section", level: 1, style: styles.heading1, text: text)
        let chart = KeepTogether([Spacer(height: frame - blockHeight)])  // too tall to share the page
        let paginator = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: frame)
        let pages = paginator.paginate([block, heading, chart])
        #expect(pages.count == 2)
        #expect(pages[0].count == 1)
        #expect(pages[1].first?.flowable === heading)
    }

    @Test func paginatorSplitsFlowablesTallerThanAPage() {
        let longTable = table(rows: 200)
        let pages = Paginator(frameX: 0, frameY: 0, frameWidth: 300, frameHeight: 300).paginate([longTable])
        #expect(pages.count > 3)
        let rows = pages.flatMap { $0 }.compactMap { ($0.flowable as? Table)?.rowCount }.reduce(0, +)
        #expect(rows == 200)
        for page in pages {
            for placed in page {
                #expect(placed.y + placed.flowable.wrap(availableWidth: 300) <= 300.01)
            }
        }
    }

    // Label placement (LabelStacker) is tested in TimelineChartTests.

    @Test func markupIsEscaped() {
        var m = Markup("a & b < c > d")
        m.link("[1]", to: "source-1")
        #expect(m.markup == "a &amp; b &lt; c &gt; d[1]")
        #expect(m.links == [LinkSpan(bytes: 13..<16, destination: "source-1")])
    }

    @Test func timeAxisPicksTicksThatFitTheSpan() {
        let first = Day(year: 2024, month: 1, day: 1)!
        let week = TimeAxis(first: first, last: first.adding(days: 6), maxTicks: 8)
        #expect(week.step == .day)
        let quarter = TimeAxis(first: first, last: first.adding(days: 90), maxTicks: 8)
        #expect(quarter.step == .twoWeeks)
        let years = TimeAxis(first: first, last: first.adding(days: 3 * 365), maxTicks: 8)
        #expect(years.ticks.map(\.label) == ["Jan 2024", "Jul 2024", "Jan 2025", "Jul 2025", "Jan 2026", "Jul 2026"]
                || years.step == .quarter || years.step == .year)
        for tick in quarter.ticks { #expect(tick.day >= first && tick.day <= first.adding(days: 90)) }
    }
}
