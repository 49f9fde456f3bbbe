import CCairo

/// Owns a cairo ARGB image surface, for PNG previews of a page.
final class ImageSurface {
    let handle: OpaquePointer

    init(width: Int, height: Int, path: String) throws {
        handle = try SurfaceStatus.created(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)), path: path)
    }

    deinit { cairo_surface_destroy(handle) }

    func writePNG(path: String) throws {
        cairo_surface_flush(handle)
        let status = cairo_surface_write_to_png(handle, path)
        if status != CAIRO_STATUS_SUCCESS {
            throw RenderError.cannotCreate(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
    }
}
