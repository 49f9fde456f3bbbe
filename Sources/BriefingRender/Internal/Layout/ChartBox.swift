/// A chart placed in the text flow at the full frame width. Never split in two; a chart that can
/// be squeezed (`Chart.minimumHeight`) is drawn shorter to fill the rest of a page instead of
/// moving on and leaving a blank band.
final class ChartBox: Flowable {
    let chart: any Chart
    let spaceBefore: Double
    let spaceAfter: Double
    private var size = (width: 0.0, height: 0.0)
    /// Set on a squeezed copy: the height it was given.
    private let fixedHeight: Double?

    init(_ chart: any Chart, spaceBefore: Double = 4, spaceAfter: Double = 8, fixedHeight: Double? = nil) {
        self.chart = chart
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.fixedHeight = fixedHeight
    }

    /// A chart that does not fit even squeezed moves to the next page's top, and the text after
    /// it fills this page.
    var isFloat: Bool { fixedHeight == nil }

    func wrap(availableWidth: Double) -> Double {
        size = (availableWidth, fixedHeight ?? chart.height(forWidth: availableWidth))
        return size.height
    }

    /// The chart squeezed into `availableHeight`, when it reads well there; the "rest" is an
    /// empty spacer, dropped at the top of the next page.
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? {
        guard fixedHeight == nil, size.width > 0,
              chart.minimumHeight(forWidth: size.width) <= availableHeight + 0.01,
              availableHeight < size.height else { return nil }
        let squeezed = ChartBox(chart, spaceBefore: spaceBefore, spaceAfter: spaceAfter,
                                fixedHeight: availableHeight)
        return (squeezed, Spacer(height: 0))
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        canvas.figure(altText: chart.altText) {
            canvas.drawing.save()
            chart.draw(on: canvas, x: x, y: y, width: size.width, height: size.height)
            canvas.drawing.restore()
        }
    }
}
