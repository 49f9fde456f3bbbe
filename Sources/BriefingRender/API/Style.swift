/// The look of a briefing, read from a TOML file in `styles/`.
///
/// All lengths are PDF points (1/72 in). `Style.default` holds exactly the values of
/// `styles/default.toml`, so tests and callers without a style file get the same briefing.
/// A style file only needs the keys it changes: loading starts from its base (`extends`,
/// or the default style).
public struct Style: Hashable, Sendable {
    public var name: String

    // [page]
    public var pageWidth: Double
    public var pageHeight: Double
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double

    // [fonts]: Pango family lists, tried in order for each character ("Noto Serif, Noto Naskh
    // Arabic, ..."): Latin, Greek and Cyrillic come from the first, other scripts from the
    // families naming them.
    public var bodyFont: String
    public var headingFont: String
    public var bodySize: Double
    public var smallSize: Double
    public var titleSize: Double
    public var heading1Size: Double
    public var heading2Size: Double

    // [text]
    /// Distance between baselines as a multiple of the font size's natural line height.
    public var lineSpacing: Double
    /// Space after a paragraph, in points.
    public var paragraphSpacing: Double
    public var justify: Bool
    /// Space above and below headings as a multiple of the usual (tighter in the compact style).
    public var headingSpace = 1.0
    /// The measure of running text: at most this many characters a line, counted in the font's
    /// average character width; 0 sets text across the whole frame. Tables and charts keep the
    /// frame's width. Why: past about ninety characters the eye loses the start of the next line
    /// (typographic guidance for print is 45 to 90), and a small font on a wide page gets there.
    public var measure = 0.0

    // [colors]
    public var textColor: StyleColor
    public var accentColor: StyleColor
    public var mutedColor: StyleColor
    public var ruleColor: StyleColor
    /// Bar and marker colours, most important first; charts stay readable in grayscale.
    public var chartPalette: [StyleColor]

    // [layout]
    /// A table of contents with page numbers on the first page.
    public var tableOfContents = true
    /// Rows of the participants table; the rest are counted in a note. Names in running text
    /// link only to the participants shown.
    public var participantLimit = 60
    /// Rows of the "who appears with whom" table.
    public var pairLimit = 15
    /// Topics in the topic chart and table.
    public var topicLimit = 12
    /// Quotes shown under each reaction theme.
    public var quoteLimit = 2
    /// Articles listed under each story.
    public var storyArticleLimit = 8
    /// The topic-by-story coverage matrix (an appendix-like table a short briefing can drop).
    public var coverageMatrix = true
    /// Columns for the numbered source list: a large briefing's short lines fill two.
    public var sourceColumns = 1

    /// Pages a brief briefing aims at (`Detail.brief`): the sections' row counts are chosen to
    /// fit them (`SectionBudget`).
    public var pageBudget = 8
    /// What is laid out: the page-budgeted briefing (default) or everything (`--detail full`).
    /// Chosen per run, not by the style file.
    public var detail = Detail.brief

    // [charts]
    /// Series told apart by hatching and marker shape as well as colour (grayscale printers).
    public var chartPatterns = false
    /// Row height of bar charts as a multiple of the usual (smaller in the compact style).
    public var chartRowScale = 1.0

    public init(name: String, pageWidth: Double, pageHeight: Double, marginTop: Double,
                marginBottom: Double, marginLeft: Double, marginRight: Double, bodyFont: String,
                headingFont: String, bodySize: Double, smallSize: Double, titleSize: Double,
                heading1Size: Double, heading2Size: Double, lineSpacing: Double,
                paragraphSpacing: Double, justify: Bool, textColor: StyleColor,
                accentColor: StyleColor, mutedColor: StyleColor, ruleColor: StyleColor,
                chartPalette: [StyleColor]) {
        self.name = name
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
        self.bodyFont = bodyFont
        self.headingFont = headingFont
        self.bodySize = bodySize
        self.smallSize = smallSize
        self.titleSize = titleSize
        self.heading1Size = heading1Size
        self.heading2Size = heading2Size
        self.lineSpacing = lineSpacing
        self.paragraphSpacing = paragraphSpacing
        self.justify = justify
        self.textColor = textColor
        self.accentColor = accentColor
        self.mutedColor = mutedColor
        self.ruleColor = ruleColor
        self.chartPalette = chartPalette
    }

    /// The built-in style; identical to `styles/default.toml` (a test keeps them in step).
    public static let `default` = Style(
        name: "default",
        pageWidth: 595.28, pageHeight: 841.89,
        marginTop: 72, marginBottom: 64, marginLeft: 68, marginRight: 68,
        bodyFont: "Noto Serif, Noto Naskh Arabic, DejaVu Serif, Noto Serif CJK SC",
        headingFont: "Noto Sans, Noto Sans Arabic, DejaVu Sans, Noto Sans CJK SC",
        bodySize: 10, smallSize: 8, titleSize: 26, heading1Size: 16, heading2Size: 11.5,
        lineSpacing: 1.15, paragraphSpacing: 6, justify: true,
        textColor: StyleColor(hex: "#1c1c1c")!, accentColor: StyleColor(hex: "#1f4e79")!,
        mutedColor: StyleColor(hex: "#666666")!, ruleColor: StyleColor(hex: "#87909c")!,
        chartPalette: [StyleColor(hex: "#1f4e79")!, StyleColor(hex: "#b04a47")!,
                       StyleColor(hex: "#8a929e")!, StyleColor(hex: "#1c1c1c")!])

    /// Reads a style file; an unknown or ill-typed key is an error naming the key and the file.
    ///
    /// `extends = "name"` starts from `name.toml` beside the file (or the built-in default for
    /// `"default"` when no such file exists); without it the built-in default is the base.
    public static func load(path: String) throws -> Style {
        try StyleLoader().load(path: path)
    }
}
