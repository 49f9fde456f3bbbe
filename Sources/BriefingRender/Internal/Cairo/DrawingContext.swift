import CCairo

/// Owns a `cairo_t` drawing on one surface; small helpers for the shapes the briefing uses.
final class DrawingContext {
    let handle: OpaquePointer

    init(surface: OpaquePointer) {
        handle = cairo_create(surface)
    }

    deinit { cairo_destroy(handle) }

    var statusMessage: String? {
        let status = cairo_status(handle)
        return status == CAIRO_STATUS_SUCCESS ? nil : String(cString: cairo_status_to_string(status))
    }

    func setColor(_ color: StyleColor, alpha: Double = 1) {
        if alpha >= 1 {
            cairo_set_source_rgb(handle, color.red, color.green, color.blue)
        } else {
            cairo_set_source_rgba(handle, color.red, color.green, color.blue, alpha)
        }
    }

    func fillRect(x: Double, y: Double, width: Double, height: Double, color: StyleColor) {
        setColor(color)
        cairo_rectangle(handle, x, y, width, height)
        cairo_fill(handle)
    }

    func strokeRect(x: Double, y: Double, width: Double, height: Double, color: StyleColor,
                    lineWidth: Double) {
        setColor(color)
        cairo_set_line_width(handle, lineWidth)
        cairo_rectangle(handle, x, y, width, height)
        cairo_stroke(handle)
    }

    func line(from a: (Double, Double), to b: (Double, Double), color: StyleColor, width: Double,
              dash: [Double] = []) {
        setColor(color)
        cairo_set_line_width(handle, width)
        if !dash.isEmpty { cairo_set_dash(handle, dash, Int32(dash.count), 0) }
        cairo_move_to(handle, a.0, a.1)
        cairo_line_to(handle, b.0, b.1)
        cairo_stroke(handle)
        if !dash.isEmpty { cairo_set_dash(handle, nil, 0, 0) }
    }

    func fillCircle(x: Double, y: Double, radius: Double, color: StyleColor) {
        setColor(color)
        cairo_new_sub_path(handle)
        cairo_arc(handle, x, y, radius, 0, 2 * Double.pi)
        cairo_fill(handle)
    }

    func fillDiamond(x: Double, y: Double, radius: Double, color: StyleColor) {
        setColor(color)
        cairo_move_to(handle, x, y - radius)
        cairo_line_to(handle, x + radius, y)
        cairo_line_to(handle, x, y + radius)
        cairo_line_to(handle, x - radius, y)
        cairo_close_path(handle)
        cairo_fill(handle)
    }

    func save() { cairo_save(handle) }
    func restore() { cairo_restore(handle) }

    func tagBegin(_ name: String, attributes: String) {
        cairo_tag_begin(handle, name, attributes)
    }

    func tagEnd(_ name: String) {
        cairo_tag_end(handle, name)
    }

    func showPage() { cairo_show_page(handle) }
}
