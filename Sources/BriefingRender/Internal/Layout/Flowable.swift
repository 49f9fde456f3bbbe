/// Something the paginator can place: it measures itself for a width, may split across a page
/// break, and draws itself at a position (top-left corner, y growing downwards).
///
/// The protocol follows ReportLab's platypus: `wrap` is always called before `split` and `draw`
/// with the frame width, and parts returned by `split` are wrapped again before use.
protocol Flowable: AnyObject {
    /// Lays out for `availableWidth` and returns the height needed.
    func wrap(availableWidth: Double) -> Double
    /// Splits into a part no taller than `availableHeight` and the rest; nil when it cannot
    /// (or should not) be split there.
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)?
    func draw(on canvas: PageCanvas, x: Double, y: Double)

    /// Never left alone at the bottom of a frame (headings).
    var keepWithNext: Bool { get }
    /// Vertical space wanted before and after; adjacent spaces collapse to the larger one, and
    /// the space before is dropped at the top of a frame.
    var spaceBefore: Double { get }
    var spaceAfter: Double { get }
    /// Dropped at the top of a frame (spacers).
    var isDiscardableAtFrameTop: Bool { get }
    /// May wait for the top of the next page while what follows fills the rest of this one
    /// (charts): a figure that does not fit then leaves no blank band. Never passes a heading.
    var isFloat: Bool { get }
    /// Moved whole to the next page rather than split, unless it does not fit even an empty
    /// frame (short tables and lists: a two-row table split one and one reads as two tables).
    var staysWhole: Bool { get }
    /// The parts to place one by one when this flowable does not fit even on an empty page
    /// (`KeepTogether` gives up keeping together); nil for atomic flowables.
    func unpacked() -> [any Flowable]?
}

extension Flowable {
    var keepWithNext: Bool { false }
    var spaceBefore: Double { 0 }
    var spaceAfter: Double { 0 }
    var isDiscardableAtFrameTop: Bool { false }
    var isFloat: Bool { false }
    var staysWhole: Bool { false }
    func unpacked() -> [any Flowable]? { nil }
}
