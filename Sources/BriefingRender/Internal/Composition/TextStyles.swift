/// The paragraph styles of a briefing, derived once from a `Style`.
struct TextStyles {
    let style: Style
    private(set) var body: ParagraphStyle
    private(set) var bodyLeft: ParagraphStyle
    private(set) var small: ParagraphStyle
    private(set) var muted: ParagraphStyle
    private(set) var quote: ParagraphStyle
    let title: ParagraphStyle
    let kicker: ParagraphStyle
    let subtitle: ParagraphStyle
    let heading1: ParagraphStyle
    let heading2: ParagraphStyle
    private(set) var listBody: ParagraphStyle
    private(set) var sourceItem: ParagraphStyle

    init(_ s: Style) {
        style = s
        let serif = FontSpec(family: s.bodyFont, size: s.bodySize)
        let sans = FontSpec(family: s.headingFont, size: s.bodySize)
        body = ParagraphStyle(font: serif, color: s.textColor, justify: s.justify,
                              lineSpacing: s.lineSpacing, spaceAfter: s.paragraphSpacing)
        bodyLeft = ParagraphStyle(font: serif, color: s.textColor, lineSpacing: s.lineSpacing,
                                  spaceAfter: s.paragraphSpacing)
        small = ParagraphStyle(font: serif.with(size: s.smallSize), color: s.textColor,
                               lineSpacing: s.lineSpacing, spaceAfter: s.paragraphSpacing / 2)
        muted = ParagraphStyle(font: sans.with(size: s.smallSize), color: s.mutedColor,
                               lineSpacing: s.lineSpacing, spaceAfter: s.paragraphSpacing)
        quote = ParagraphStyle(font: serif.asItalic, color: s.textColor, lineSpacing: s.lineSpacing,
                               spaceAfter: s.paragraphSpacing / 2, leftIndent: 14)
        title = ParagraphStyle(font: sans.with(size: s.titleSize).asBold, color: s.accentColor,
                               lineSpacing: 1.0, spaceAfter: 6)
        kicker = ParagraphStyle(font: sans.with(size: s.smallSize * 1.1).asBold, color: s.mutedColor,
                                spaceAfter: 6)
        subtitle = ParagraphStyle(font: sans.with(size: s.heading2Size), color: s.textColor,
                                  lineSpacing: 1.1, spaceAfter: 4)
        heading1 = ParagraphStyle(font: sans.with(size: s.heading1Size).asBold, color: s.accentColor,
                                  spaceBefore: s.heading1Size * 1.5 * s.headingSpace,
                                  spaceAfter: s.heading1Size * 0.6 * s.headingSpace)
        heading2 = ParagraphStyle(font: sans.with(size: s.heading2Size).asBold, color: s.textColor,
                                  spaceBefore: s.heading2Size * 1.1 * s.headingSpace,
                                  spaceAfter: s.heading2Size * 0.35 * s.headingSpace)
        listBody = ParagraphStyle(font: serif, color: s.textColor, lineSpacing: s.lineSpacing)
        sourceItem = ParagraphStyle(font: serif.with(size: s.smallSize * 1.05), color: s.textColor,
                                    lineSpacing: 1.05)
        // Running text keeps the style's measure; titles and headings are single lines that may
        // take the whole width.
        for path in [\Self.body, \.bodyLeft, \.small, \.muted, \.quote, \.listBody, \.sourceItem] {
            self[keyPath: path].measure = s.measure
        }
    }

    var tableHeaderFont: FontSpec { FontSpec(family: style.headingFont, size: style.smallSize).asBold }
    var tableBodyFont: FontSpec { FontSpec(family: style.headingFont, size: style.smallSize) }
}
