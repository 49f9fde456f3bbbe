/// Where things landed once the pages are laid out: the page of each named heading (for the
/// table of contents) and the section each page belongs to (for the running header).
///
/// Filled by `DocumentRenderer` after pagination and read while drawing, so a table of contents
/// on page 1 can print the page numbers of sections drawn later.
final class PageDirectory {
    private(set) var pages: [String: Int] = [:]
    /// The page of each `PageMark`, by name.
    private var marks: [String: Int] = [:]
    private var sectionStarts: [(page: Int, title: String, atTop: Bool)] = []

    /// Records the headings of laid-out pages (`pages[0]` is page 1).
    func record(_ laidOut: [[PlacedFlowable]]) {
        pages = [:]
        marks = [:]
        sectionStarts = []
        for (index, page) in laidOut.enumerated() {
            for (position, placed) in page.enumerated() {
                if let mark = placed.flowable as? PageMark { marks[mark.name] = index + 1 }
                for heading in Self.headings(in: placed.flowable) {
                    if let anchor = heading.anchor, pages[anchor] == nil { pages[anchor] = index + 1 }
                    if heading.level == 1 { sectionStarts.append((index + 1, heading.title, position == 0)) }
                }
            }
        }
    }

    func page(of anchor: String) -> Int? { pages[anchor] }

    /// The page a `PageMark` landed on; nil when the document had none of that name.
    func page(ofMark name: String) -> Int? { marks[name] }

    /// The section at the top of `page`: one starting there, else the one running on from an
    /// earlier page (or, on a page that opens with something else, the first section on it).
    func section(onPage page: Int) -> String? {
        if let starting = sectionStarts.first(where: { $0.page == page && $0.atTop }) { return starting.title }
        return (sectionStarts.last { $0.page < page } ?? sectionStarts.first { $0.page == page })?.title
    }

    private static func headings(in flowable: any Flowable) -> [Heading] {
        if let heading = flowable as? Heading { return [heading] }
        if let group = flowable as? KeepTogether { return group.children.flatMap(headings(in:)) }
        return []
    }
}
