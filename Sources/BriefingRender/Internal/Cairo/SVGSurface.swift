import CCairo

/// Owns a cairo SVG surface: one chart written as a standalone vector picture.
final class SVGSurface {
    let handle: OpaquePointer

    init(path: String, width: Double, height: Double) throws {
        handle = cairo_svg_surface_create(path, width, height)
        let status = cairo_surface_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            let reason = String(cString: cairo_status_to_string(status))
            cairo_surface_destroy(handle)
            throw RenderError.cannotCreate(path: path, reason: reason)
        }
    }

    deinit { cairo_surface_destroy(handle) }

    /// Writes the file; cairo reports write errors only here.
    func finish(path: String) throws {
        cairo_surface_finish(handle)
        let status = cairo_surface_status(handle)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cairo(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
