import CCairo

/// Owns a `PangoFontDescription`; made once per `FontSpec` by `TextContext` and shared.
final class FontDescription {
    let handle: OpaquePointer

    init(_ spec: FontSpec) {
        handle = pango_font_description_new()
        pango_font_description_set_family(handle, spec.family)
        pango_font_description_set_size(handle, Int32((spec.size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(handle, spec.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(handle, spec.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
    }

    deinit { pango_font_description_free(handle) }
}
