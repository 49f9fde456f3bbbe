import CCairo

/// Owns the one `PangoContext` every layout of a render is made from.
///
/// Resolution 72 makes Pango sizes PDF points; hint metrics off, no hinting and unrounded glyph
/// positions make line breaks independent of the output (PDF or PNG) and of the scale.
final class TextContext {
    let handle: OpaquePointer
    private var fonts: [FontSpec: FontDescription] = [:]
    private var characterWidths: [FontSpec: Double] = [:]

    /// A font map of this render's own: the default one is per thread and caches shaped fonts,
    /// and renders running at the same time on other threads then lay text out differently.
    private let fontMap: UnsafeMutablePointer<PangoFontMap>

    init() {
        fontMap = pango_cairo_font_map_new()
        handle = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(handle, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(handle, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(handle, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    func font(_ spec: FontSpec) -> FontDescription {
        if let cached = fonts[spec] { return cached }
        let description = FontDescription(spec)
        fonts[spec] = description
        return description
    }

    /// The average width of a character of `spec`, in points, as Pango estimates it from a
    /// sample of English text: the unit of a measure given in characters.
    func averageCharacterWidth(_ spec: FontSpec) -> Double {
        if let cached = characterWidths[spec] { return cached }
        let metrics = pango_context_get_metrics(handle, font(spec).handle, pango_language_from_string("en"))
        defer { pango_font_metrics_unref(metrics) }
        let width = Double(pango_font_metrics_get_approximate_char_width(metrics)) / Double(PANGO_SCALE)
        characterWidths[spec] = width
        return width
    }

    /// A fresh layout in `font`; `width` nil means one unwrapped line.
    func layout(font spec: FontSpec, width: Double? = nil) -> TextLayout {
        let layout = TextLayout(context: self)
        layout.setFont(font(spec))
        layout.setWidth(width)
        return layout
    }
}
