import CCairo

/// Cairo reports failure through a surface's status rather than by returning nil; these turn
/// that status into a `RenderError` naming the file, the same way for PDF, SVG and PNG surfaces.
enum SurfaceStatus {
    /// Returns a newly created surface, or destroys it and throws when cairo could not make it.
    static func created(_ handle: OpaquePointer, path: String) throws -> OpaquePointer {
        let status = cairo_surface_status(handle)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(handle)
            throw RenderError.cannotCreate(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
        return handle
    }

    /// Finishes a file-backed surface; cairo reports write errors only here.
    static func finish(_ handle: OpaquePointer, path: String) throws {
        cairo_surface_finish(handle)
        let status = cairo_surface_status(handle)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
