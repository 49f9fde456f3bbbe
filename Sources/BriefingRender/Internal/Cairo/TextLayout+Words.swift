import CCairo

/// The narrowest width a layout can take without breaking inside a word, for table columns
/// sized from their content.
extension TextLayout {
    /// The width of the widest word (or other unbreakable run) at the layout's font.
    ///
    /// Measured by laying out word-wrapped at a hair's width, where every word gets a line of
    /// its own and overflows rather than breaks; the layout's width and wrapping are then
    /// restored, so the caller sets its real width afterwards as usual.
    var widestWord: Double {
        pango_layout_set_wrap(handle, PANGO_WRAP_WORD)
        setWidth(1)
        let widest = lines.map(\.width).max() ?? 0
        pango_layout_set_wrap(handle, PANGO_WRAP_WORD_CHAR)
        setWidth(nil)
        return widest
    }
}
