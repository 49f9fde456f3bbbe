import CCairo

/// How series `index` of a chart is drawn: its colour from the style's palette and, when the
/// style sets `charts.patterns` (the print style), a hatching for areas and a marker shape for
/// points as well, so a black-and-white copy still tells the series apart. Charts with several
/// series (tone, coverage) draw through this rather than picking colours themselves.
struct SeriesLook {
    enum Hatch: CaseIterable { case none, diagonal, horizontal, crossed, backDiagonal }
    enum Marker: CaseIterable { case circle, square, triangle, diamond }

    let color: StyleColor
    let hatch: Hatch
    let marker: Marker

    init(index: Int, style: Style) {
        let palette = style.chartPalette.isEmpty ? [style.accentColor] : style.chartPalette
        color = palette[index % palette.count]
        hatch = style.chartPatterns ? Hatch.allCases[index % Hatch.allCases.count] : .none
        marker = style.chartPatterns ? Marker.allCases[index % Marker.allCases.count] : .circle
    }

    private init(color: StyleColor, hatch: Hatch, marker: Marker) {
        self.color = color
        self.hatch = hatch
        self.marker = marker
    }

    /// The same look in a pale tint (the hedged part of a bar): hatching and marker stay, so
    /// the two parts differ in lightness and the series still shows in grayscale.
    var paled: SeriesLook {
        SeriesLook(color: StyleColor(red: (color.red + 2) / 3, green: (color.green + 2) / 3, blue: (color.blue + 2) / 3),
                   hatch: hatch, marker: marker)
    }

    /// Lines drawn over the colour: dark on light colours, light on dark ones.
    private var inkColor: StyleColor {
        let luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue
        return luminance > 0.5 ? StyleColor(red: 0, green: 0, blue: 0) : StyleColor(red: 1, green: 1, blue: 1)
    }

    /// A bar or area: the colour, then the hatching clipped to it.
    func fillRect(on drawing: DrawingContext, x: Double, y: Double, width: Double, height: Double) {
        drawing.fillRect(x: x, y: y, width: width, height: height, color: color)
        guard hatch != .none, width > 0, height > 0 else { return }
        let cr = drawing.handle
        drawing.save()
        cairo_rectangle(cr, x, y, width, height)
        cairo_clip(cr)
        drawing.setColor(inkColor, alpha: 0.75)
        cairo_set_line_width(cr, 0.7)
        let step = 3.5
        let span = width + height
        var offset = 0.0
        while offset <= span {
            switch hatch {
            case .diagonal, .crossed:
                cairo_move_to(cr, x + offset, y)
                cairo_line_to(cr, x + offset - height, y + height)
                if hatch == .crossed {
                    cairo_move_to(cr, x + offset - height, y)
                    cairo_line_to(cr, x + offset, y + height)
                }
            case .backDiagonal:
                cairo_move_to(cr, x + offset - height, y)
                cairo_line_to(cr, x + offset, y + height)
            case .horizontal:
                if offset <= height {
                    cairo_move_to(cr, x, y + offset)
                    cairo_line_to(cr, x + width, y + offset)
                }
            case .none:
                break
            }
            offset += step
        }
        cairo_stroke(cr)
        drawing.restore()
    }

    /// A point: the series' marker shape, filled, with a thin outline so light colours show.
    func drawMarker(on drawing: DrawingContext, x: Double, y: Double, radius r: Double) {
        let cr = drawing.handle
        cairo_new_path(cr)
        switch marker {
        case .circle:
            cairo_arc(cr, x, y, r, 0, 2 * Double.pi)
        case .square:
            cairo_rectangle(cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7)
        case .triangle:
            cairo_move_to(cr, x, y - r * 1.1)
            cairo_line_to(cr, x + r, y + r * 0.8)
            cairo_line_to(cr, x - r, y + r * 0.8)
            cairo_close_path(cr)
        case .diamond:
            cairo_move_to(cr, x, y - r * 1.15)
            cairo_line_to(cr, x + r * 1.15, y)
            cairo_line_to(cr, x, y + r * 1.15)
            cairo_line_to(cr, x - r * 1.15, y)
            cairo_close_path(cr)
        }
        drawing.setColor(color)
        cairo_fill_preserve(cr)
        drawing.setColor(StyleColor(red: 0, green: 0, blue: 0), alpha: 0.6)
        cairo_set_line_width(cr, 0.5)
        cairo_stroke(cr)
    }
}
