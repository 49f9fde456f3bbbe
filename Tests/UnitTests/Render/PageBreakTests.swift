import BriefingModel
@testable import BriefingRender
import Foundation
import Testing

/// Page breaks in briefings analysed from real articles, in every shipped style: a table of four
/// rows or fewer and a list of three items or fewer are never split; a longer table split keeps
/// at least two rows on each side (unless a single row taller than a page had to be cut).
///
/// Why on real corpora: the rules are tested one by one on built flowables elsewhere
/// (`FloatAndOrphanTests`); here they must hold where real tables, charts and notes meet page
/// ends, which is where they broke before.
@Suite("Render: page breaks on real briefings", .serialized)
struct PageBreakTests {
    struct Breaks {
        var splitShortTables = 0
        var thinTableParts = 0
        var splitShortLists = 0
        var tables = 0
        var lists = 0
    }

    /// Composes and paginates as `DocumentRenderer` does, keeping the flowables to compare
    /// what was composed with where its parts landed.
    static func breaks(_ briefing: Briefing, style: Style) -> (Breaks, pages: Int) {
        let renderer = DocumentRenderer(style: style)
        let flow = renderer.compose(briefing)
        let paginator = Paginator(frameX: style.marginLeft, frameY: style.marginTop, frameWidth: renderer.frameWidth,
                                  frameHeight: style.pageHeight - style.marginTop - style.marginBottom)
        let pages = paginator.paginate(flow)
        // Where each table (by its content) and each list item (by its text layout) landed.
        var tablePages: [ObjectIdentifier: Set<Int>] = [:]
        var tableParts: [ObjectIdentifier: [Table]] = [:]
        var itemPages: [ObjectIdentifier: Set<Int>] = [:]
        func place(_ flowable: any Flowable, page: Int) {
            switch flowable {
            case let table as Table:
                tablePages[ObjectIdentifier(table.content), default: []].insert(page)
                tableParts[ObjectIdentifier(table.content), default: []].append(table)
            case let list as BulletList:
                for item in list.items { itemPages[ObjectIdentifier(item.body.layout), default: []].insert(page) }
            case let columns as Columns: columns.pieces.forEach { place($0, page: page) }
            case let group as KeepTogether: group.children.forEach { place($0, page: page) }
            default: break
            }
        }
        for (index, page) in pages.enumerated() { page.forEach { place($0.flowable, page: index) } }
        var result = Breaks()
        func check(_ flowable: any Flowable) {
            switch flowable {
            case let table as Table:
                result.tables += 1
                let id = ObjectIdentifier(table.content)
                let parts = tableParts[id] ?? []
                if table.content.rows.count <= Table.shortTableRows, (tablePages[id]?.count ?? 0) > 1 {
                    result.splitShortTables += 1
                }
                if parts.count > 1, parts.contains(where: { $0.rowCount < 2 }) { result.thinTableParts += 1 }
            case let list as BulletList:
                result.lists += 1
                let pagesOfItems = Set(list.items.flatMap { itemPages[ObjectIdentifier($0.body.layout)] ?? [] })
                if list.items.count <= BulletList.shortListItems, pagesOfItems.count > 1 { result.splitShortLists += 1 }
            case let columns as Columns: columns.content.map(check)
            case let group as KeepTogether: group.children.forEach(check)
            default: break
            }
        }
        flow.forEach(check)
        return (result, pages.count)
    }

    static func check(_ input: String, name: String) throws {
        let briefing = try LineLengthTests.briefing(input)
        for styleName in ["default", "letter", "print", "compact"] {
            for detail in [Detail.brief, .full] {
                var style = try LineLengthTests.style(styleName)
                style.detail = detail
                let (b, pages) = Self.breaks(briefing, style: style)
                print("\(name), \(styleName), \(detail): \(pages) pages, \(b.tables) tables, \(b.lists) lists")
                #expect(b.tables > 0 && b.lists > 0)
                #expect(b.splitShortTables == 0, "\(name), \(styleName), \(detail): a table of four rows or fewer split")
                #expect(b.thinTableParts == 0, "\(name), \(styleName), \(detail): a split table left a single row")
                #expect(b.splitShortLists == 0, "\(name), \(styleName), \(detail): a list of three items or fewer split")
            }
        }
    }

    @Test func theSeedsBreakPagesCleanlyInEveryStyle() throws {
        try Self.check(LineLengthTests.seeds, name: "seeds")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: LineLengthTests.bpoil)))
    func aTimeline17TopicBreaksPagesCleanlyInEveryStyle() throws {
        try Self.check(LineLengthTests.bpoil, name: "bpoil_bbc")
    }

    static let politics = LineLengthTests.root.deletingLastPathComponent()
        .appendingPathComponent("shared/data/bbc/articles/politics").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: politics)))
    func bbcPoliticsBreaksPagesCleanlyInEveryStyle() throws {
        try Self.check(Self.politics, name: "bbc politics")
    }
}
