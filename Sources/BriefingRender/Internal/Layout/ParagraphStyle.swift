/// How a paragraph looks: font, colour, alignment, spacing.
struct ParagraphStyle {
    var font: FontSpec
    var color: StyleColor
    var alignment: TextLayout.Alignment = .left
    var justify = false
    var lineSpacing = 1.0
    var spaceBefore = 0.0
    var spaceAfter = 0.0
    var leftIndent = 0.0
    /// At most this many average characters a line (`Style.measure`); 0: the width given.
    var measure = 0.0
}
