/// A named point in the flow, with no size and nothing to draw: after pagination the directory
/// knows the page it landed on (`PageDirectory.page(ofMark:)`).
///
/// Why: the front page must hold the key developments and what to watch whole, and only the
/// laid-out pages can tell whether they ended on page 1 -- the lists' heights depend on the
/// headlines, the font and the page size.
final class PageMark: Flowable {
    let name: String

    init(_ name: String) { self.name = name }

    func wrap(availableWidth: Double) -> Double { 0 }
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }
    func draw(on canvas: PageCanvas, x: Double, y: Double) {}
}
