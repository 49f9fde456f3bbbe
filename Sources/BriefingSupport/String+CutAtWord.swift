extension String {
    /// The text cut to at most `limit` characters at a word boundary, with the punctuation the
    /// cut leaves dangling (",", ";", ":", "-") removed and an ellipsis marking the cut; the
    /// text itself when it fits.
    ///
    /// Why one place: a timeline label is cut when the analysis writes it and again when a chart
    /// fits it beside a marker; both must cut the same way.
    public func cutAtWord(_ limit: Int) -> String {
        guard count > limit else { return self }
        var cut = String(prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:-".contains(last) { cut.removeLast() }
        return cut + "\u{2026}"
    }
}
