extension DrawingContext {
    /// Draws event labels last, each on a white box a little wider than its text, so the leader
    /// lines of other events pass behind them rather than through the words.
    func drawLabels(_ layouts: [TextLayout], at boxes: [(left: Double, top: Double)], color: StyleColor) {
        for (layout, box) in zip(layouts, boxes) {
            let size = layout.size
            fillRect(x: box.left - 1, y: box.top, width: size.width + 2, height: size.height,
                     color: StyleColor(red: 1, green: 1, blue: 1))
            setColor(color)
            layout.draw(in: self, x: box.left, y: box.top)
        }
    }
}
