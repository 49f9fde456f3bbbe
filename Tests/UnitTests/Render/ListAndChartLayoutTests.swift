import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// Page-filling rules of lists and charts, and charts written as files of their own.
struct ListAndChartLayoutTests {
    let text = TextContext()
    let styles = TextStyles(.default)

    private func list(_ count: Int) -> BulletList {
        BulletList(markers: (0..<count).map { "\($0 + 1)." }, bodies: (0..<count).map { Markup("Item \($0)") },
                   bodyStyle: styles.listBody, markerFont: styles.tableBodyFont,
                   markerColor: .init(red: 0, green: 0, blue: 0), indent: 20, itemSpacing: 2, text: text)
    }

    @Test func theLastItemOfAListNeverGoesOverAlone() throws {
        let whole = list(5)
        let height = whole.wrap(availableWidth: 300)
        let oneItem = (height - 8) / 5
        // Room for four items: three stay, two go over together.
        let (head, tail) = try #require(whole.split(availableHeight: 4 * oneItem + 6 + 1))
        #expect((head as? BulletList)?.items.count == 3)
        #expect((tail as? BulletList)?.items.count == 2)
    }

    @Test func aSqueezableChartFillsTheRestOfAPage() throws {
        let bars = (0..<12).map { TopicFrequencyChart.Bar(label: "topic \($0)", value: $0 + 1) }
        let chart = TopicFrequencyChart(bars: bars, caption: "Articles per topic", style: .default, text: text)
        let box = ChartBox(chart)
        let full = box.wrap(availableWidth: 400)
        let least = chart.minimumHeight(forWidth: 400)
        #expect(least < full)
        let (head, _) = try #require(box.split(availableHeight: (least + full) / 2))
        #expect(abs(head.wrap(availableWidth: 400) - (least + full) / 2) < 0.01)
        #expect(box.split(availableHeight: least - 5) == nil)
    }

    /// The chart lists topics as the table beside it does: largest first, ties as given.
    @Test func chartBarsKeepTheTablesOrderOnTies() {
        let bars = [("b", 8), ("a", 3), ("z", 8), ("c", 12)].map { TopicFrequencyChart.Bar(label: $0.0, value: $0.1) }
        let chart = TopicFrequencyChart(bars: bars, caption: "Articles per topic", style: .default, text: text)
        #expect(chart.bars.map(\.label) == ["c", "b", "z", "a"])
    }

    @Test func chartsAreWrittenAsSVGAndPNG() throws {
        let folder = try TemporaryFolder()
        let written = try PDFRenderer(style: .default).writeCharts(RenderFixture.briefing(), to: folder.path, dpi: 72)
        let names = written.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(names.contains("01-topics.svg") && names.contains("01-topics.png"))
        #expect(names.contains("02-timeline.svg") && names.contains("02-timeline.png"))
        for path in written {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            if path.hasSuffix(".png") {
                #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(path)")
            } else {
                let svg = String(decoding: data, as: UTF8.self)
                #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"), "\(path)")
            }
        }
    }
}

/// Widows and orphans: no single line of a paragraph alone at a page's bottom or top.
struct ShortParagraphTests {
    let text = TextContext()

    @Test func paragraphsOfTwoOrThreeLinesNeverSplit() throws {
        let styles = TextStyles(.default)
        for sentences in [2, 3] {
            let sentence = "The delegations met again to discuss verification. "
            var lines = 0
            var count = 1
            var paragraph = Paragraph(Markup(sentence), style: styles.body, text: text)
            // Grow the text until it takes exactly `sentences` lines at this width.
            while lines != sentences, count < 40 {
                paragraph = Paragraph(Markup(String(repeating: sentence, count: count)), style: styles.body, text: text)
                _ = paragraph.wrap(availableWidth: 300)
                lines = paragraph.layout.lines.count
                count += 1
            }
            try #require(lines == sentences)
            let all = paragraph.layout.lines
            for cut in 1..<lines {
                #expect(paragraph.split(availableHeight: all[cut - 1].bottom - all[0].top + 0.5) == nil,
                        "a \(lines)-line paragraph split after line \(cut)")
            }
        }
    }
}
