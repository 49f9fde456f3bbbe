/// A chart placed in the text flow at the full frame width; never split.
final class ChartBox: Flowable {
    let chart: any Chart
    let spaceBefore: Double
    let spaceAfter: Double
    private var size = (width: 0.0, height: 0.0)

    init(_ chart: any Chart, spaceBefore: Double = 4, spaceAfter: Double = 8) {
        self.chart = chart
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }

    func wrap(availableWidth: Double) -> Double {
        size = (availableWidth, chart.height(forWidth: availableWidth))
        return size.height
    }

    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        canvas.drawing.save()
        chart.draw(on: canvas, x: x, y: y, width: size.width, height: size.height)
        canvas.drawing.restore()
    }
}
