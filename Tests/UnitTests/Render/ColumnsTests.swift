@testable import BriefingRender
import Testing

/// A long list set in two columns: every item once, in order, on about half the pages, and the
/// columns of the last page level.
struct ColumnsTests {
    let text = TextContext()
    let styles = TextStyles(.default)

    private func list(_ count: Int) -> BulletList {
        BulletList(markers: (0..<count).map { "\($0 + 1)." }, bodies: (0..<count).map { Markup("Source title number \($0)") },
                   bodyStyle: styles.listBody, markerFont: styles.tableBodyFont,
                   markerColor: .init(red: 0, green: 0, blue: 0), indent: 20, itemSpacing: 2, text: text)
    }

    /// The item bodies of every column of every page, in reading order.
    private func bodies(_ pages: [[PlacedFlowable]]) -> [Paragraph] {
        pages.flatMap { page in
            page.flatMap { placed -> [Paragraph] in
                guard let columns = placed.flowable as? Columns else { return [] }
                return columns.pieces.flatMap { ($0 as? BulletList)?.items.map(\.body) ?? [] }
            }
        }
    }

    @Test func everyItemAppearsOnceInOrderOnHalfThePages() throws {
        let single = list(120)
        let onePerPage = Paginator(frameX: 0, frameY: 0, frameWidth: 400, frameHeight: 300).paginate([single])
        let source = list(120)
        let expected = source.items.map(\.body)
        let pages = Paginator(frameX: 0, frameY: 0, frameWidth: 400, frameHeight: 300)
            .paginate([Columns(source, count: 2, gap: 18)])
        let placed = bodies(pages)
        #expect(placed.count == expected.count)
        #expect(zip(placed, expected).allSatisfy { $0 === $1 }, "items out of order or repeated")
        #expect(onePerPage.count >= 4)
        #expect(pages.count <= (onePerPage.count + 1) / 2 + 1)
    }

    @Test func theLastPageColumnsEndLevel() throws {
        let columns = Columns(list(15), count: 2, gap: 18)
        let height = columns.wrap(availableWidth: 400)
        #expect(columns.pieces.count == 2)
        let heights = columns.pieces.map { $0.wrap(availableWidth: 191) }
        let oneItem = list(1).wrap(availableWidth: 191)
        #expect(abs(heights[0] - heights[1]) <= oneItem + 2.01)
        #expect(height < list(15).wrap(availableWidth: 191) * 0.6)
    }
}
