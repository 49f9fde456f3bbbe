import CCairo

/// Owns a `PangoLayout`: one block of text, measured and broken into lines by Pango.
///
/// All lengths in and out are points; Pango units (1/1024) stay inside this class.
final class TextLayout {
    let handle: OpaquePointer

    /// A laid-out line: its vertical extent and baseline from the top of the layout, and its
    /// left edge (non-zero when centred or right-aligned).
    struct Line {
        var top: Double
        var bottom: Double
        var baseline: Double
        var x: Double
        var width: Double
    }

    enum Alignment { case left, center, right }

    private var cachedLines: [Line]?

    init(context: TextContext) {
        handle = pango_layout_new(context.handle)
        pango_layout_set_wrap(handle, PANGO_WRAP_WORD_CHAR)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    private static func units(_ points: Double) -> Int32 {
        Int32((points * Double(PANGO_SCALE)).rounded())
    }

    private static func points(_ units: Int32) -> Double {
        Double(units) / Double(PANGO_SCALE)
    }

    func setFont(_ font: FontDescription) {
        pango_layout_set_font_description(handle, font.handle)
        cachedLines = nil
    }

    /// Pango markup; the caller escapes text with `Markup`.
    func setMarkup(_ markup: String) {
        pango_layout_set_markup(handle, markup, -1)
        cachedLines = nil
    }

    func setText(_ text: String) {
        pango_layout_set_text(handle, LongRuns.breakable(DisplayedLength.bounded(text)), -1)
        cachedLines = nil
    }

    func setWidth(_ width: Double?) {
        pango_layout_set_width(handle, width.map { Self.units(max($0, 1)) } ?? -1)
        cachedLines = nil
    }

    func setAlignment(_ alignment: Alignment) {
        switch alignment {
        case .left: pango_layout_set_alignment(handle, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(handle, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(handle, PANGO_ALIGN_RIGHT)
        }
        cachedLines = nil
    }

    func setJustify(_ justify: Bool) {
        guard justify != isJustified else { return }
        pango_layout_set_justify(handle, justify ? 1 : 0)
        cachedLines = nil
    }

    var isJustified: Bool { pango_layout_get_justify(handle) != 0 }

    /// Baseline distance as a factor of the font's line height (Pango ≥ 1.44).
    func setLineSpacing(_ factor: Double) {
        pango_layout_set_line_spacing(handle, Float(factor))
        cachedLines = nil
    }

    /// Cut with "…" at the end when wider than the width (one-line labels).
    func setEllipsizeEnd() {
        pango_layout_set_ellipsize(handle, PANGO_ELLIPSIZE_END)
        cachedLines = nil
    }

    func setIndent(_ points: Double) {
        pango_layout_set_indent(handle, Self.units(points))
        cachedLines = nil
    }

    /// The logical size of the whole layout.
    var size: (width: Double, height: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(handle, nil, &logical)
        return (Self.points(logical.width), Self.points(logical.height))
    }

    var lines: [Line] {
        if let cachedLines { return cachedLines }
        var result: [Line] = []
        let iter = pango_layout_get_iter(handle)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var y0: Int32 = 0
            var y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &y0, &y1)
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            result.append(Line(top: Self.points(y0), bottom: Self.points(y1),
                               baseline: Self.points(pango_layout_iter_get_baseline(iter)),
                               x: Self.points(logical.x), width: Self.points(logical.width)))
        } while pango_layout_iter_next_line(iter) != 0
        cachedLines = result
        return result
    }

    /// The displayed text (markup removed), as UTF-8 bytes.
    var textBytes: [UInt8] {
        guard let text = pango_layout_get_text(handle) else { return [] }
        return Array(String(cString: text).utf8)
    }

    /// For each line, the byte offset just past its last character.
    var lineEnds: [Int] {
        let count = Int(pango_layout_get_line_count(handle))
        return (0..<count).compactMap { index in
            pango_layout_get_line_readonly(handle, Int32(index)).map {
                Int($0.pointee.start_index) + Int($0.pointee.length)
            }
        }
    }

    /// The line holding the character at `byteIndex`.
    func lineIndex(ofByte byteIndex: Int) -> Int {
        var line: Int32 = 0
        var x: Int32 = 0
        pango_layout_index_to_line_x(handle, Int32(byteIndex), 0, &line, &x)
        return Int(line)
    }

    /// The rectangle of the character at `byteIndex` (UTF-8 offset into the layout's text).
    func rect(ofByte byteIndex: Int) -> (x: Double, y: Double, width: Double, height: Double) {
        var r = PangoRectangle()
        pango_layout_index_to_pos(handle, Int32(byteIndex), &r)
        let x = Self.points(min(r.x, r.x + r.width))
        return (x, Self.points(r.y), Self.points(abs(r.width)), Self.points(r.height))
    }

    /// Draws the whole layout with its top-left corner at (x, y).
    func draw(in context: DrawingContext, x: Double, y: Double) {
        cairo_move_to(context.handle, x, y)
        pango_cairo_show_layout(context.handle, handle)
    }

    /// Draws line `index` only, its top placed at `y` (so a split paragraph draws only its own
    /// lines and text extraction never sees hidden ones).
    func drawLine(_ index: Int, in context: DrawingContext, x: Double, top y: Double) {
        let line = lines[index]
        guard let pangoLine = pango_layout_get_line_readonly(handle, Int32(index)) else { return }
        cairo_move_to(context.handle, x + line.x, y + (line.baseline - line.top))
        pango_cairo_show_layout_line(context.handle, pangoLine)
    }
}
