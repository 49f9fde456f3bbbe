/// Fixed vertical space; dropped at the top of a page, where it would only push content down.
final class Spacer: Flowable {
    let height: Double

    init(height: Double) { self.height = height }

    var isDiscardableAtFrameTop: Bool { true }
    func wrap(availableWidth: Double) -> Double { height }
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }
    func draw(on canvas: PageCanvas, x: Double, y: Double) {}
}
