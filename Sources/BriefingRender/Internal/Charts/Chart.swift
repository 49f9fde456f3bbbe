/// A figure drawn into a rectangle of the page. Charts size themselves from the width.
protocol Chart {
    func height(forWidth width: Double) -> Double
    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double)
}
