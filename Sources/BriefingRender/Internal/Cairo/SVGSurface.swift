import CCairo

/// Owns a cairo SVG surface: one chart written as a standalone vector picture.
final class SVGSurface {
    let handle: OpaquePointer

    init(path: String, width: Double, height: Double) throws {
        handle = try SurfaceStatus.created(cairo_svg_surface_create(path, width, height), path: path)
    }

    deinit { cairo_surface_destroy(handle) }

    /// Writes the file; cairo reports write errors only here.
    func finish(path: String) throws {
        try SurfaceStatus.finish(handle, path: path)
    }
}
