/// A figure drawn into a rectangle of the page. Charts size themselves from the width.
protocol Chart {
    func height(forWidth width: Double) -> Double
    /// The least height the chart reads well at (tighter rows): a page that has only this
    /// much room left takes the chart squeezed rather than ending in a blank band.
    func minimumHeight(forWidth width: Double) -> Double
    func draw(on canvas: PageCanvas, x: Double, y: Double, width: Double, height: Double)
    /// What the chart shows, in one sentence: the PDF's alternative text for the figure.
    var altText: String { get }
}

extension Chart {
    /// Charts that cannot be squeezed need their full height.
    func minimumHeight(forWidth width: Double) -> Double { height(forWidth: width) }
}
