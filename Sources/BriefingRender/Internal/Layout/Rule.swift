/// A thin horizontal line across the frame (or part of it), e.g. under the cover title.
final class Rule: Flowable {
    let thickness: Double
    let color: StyleColor
    /// Fraction of the available width, from the left.
    let fraction: Double
    let spaceBefore: Double
    let spaceAfter: Double
    private var width = 0.0

    init(thickness: Double, color: StyleColor, fraction: Double = 1, spaceBefore: Double = 0,
         spaceAfter: Double = 0) {
        self.thickness = thickness
        self.color = color
        self.fraction = fraction
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }

    func wrap(availableWidth: Double) -> Double {
        width = availableWidth * fraction
        return thickness
    }

    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        canvas.drawing.fillRect(x: x, y: y, width: width, height: thickness, color: color)
    }
}
