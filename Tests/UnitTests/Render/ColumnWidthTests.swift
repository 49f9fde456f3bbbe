@testable import BriefingRender
import Testing

/// Table columns hold their longest word whole instead of breaking it ("organizati-on").
struct ColumnWidthTests {
    let text = TextContext()
    let styles = TextStyles(.default)

    @Test func widthsFollowTheWeightsWhenEveryMinimumFits() {
        let widths = ColumnWidths.share(300, weights: [2, 1], minimums: [10, 10])
        #expect(abs(widths[0] - 200) < 0.001 && abs(widths[1] - 100) < 0.001)
    }

    @Test func aNarrowColumnGetsItsMinimumAndTheOthersGiveWay() {
        let widths = ColumnWidths.share(300, weights: [8, 1, 1], minimums: [20, 60, 10])
        #expect(abs(widths[1] - 60) < 0.001)
        #expect(abs(widths.reduce(0, +) - 300) < 0.001)
        // The others keep their proportion to each other.
        #expect(abs(widths[0] / widths[2] - 8) < 0.001)
    }

    @Test func minimumsThatDoNotFitShrinkTogether() {
        let widths = ColumnWidths.share(100, weights: [1, 1], minimums: [150, 50])
        #expect(abs(widths[0] - 75) < 0.001 && abs(widths[1] - 25) < 0.001)
    }

    @Test func aLightlyWeightedColumnDoesNotBreakItsWords() {
        let words = ["organization", "international", "person"]
        let content = TableContent(
            columns: [.init(title: "Description", weight: 12), .init(title: "Kind", weight: 1)],
            rows: words.map { [Markup("Some text that may wrap over several lines of the wide column"), Markup($0)] },
            headerFont: styles.tableHeaderFont, bodyFont: styles.tableBodyFont, padding: (4, 3), text: text)
        content.layOut(width: 300)
        for row in content.rows {
            #expect(row[1].lines.count == 1, "a one-word cell broke inside its word")
        }
        #expect(content.columnWidths[1] < 100)
    }
}
