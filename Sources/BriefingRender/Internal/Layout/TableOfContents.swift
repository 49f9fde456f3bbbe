/// "Contents": one row per section with a dotted leader and the page number, each row a link
/// to its heading. The rows never change height, so the pages can be laid out before the
/// numbers are known; they are read from the `PageDirectory` when drawing.
final class TableOfContents: Flowable {
    struct Entry {
        let title: String
        let anchor: String
    }

    let entries: [Entry]
    let directory: PageDirectory
    private let caption: TextLayout
    private let titles: [TextLayout]
    private let font: FontSpec
    private let textColor: StyleColor
    private let mutedColor: StyleColor
    private let text: TextContext
    let spaceBefore: Double
    let spaceAfter: Double
    private var width = 0.0
    /// Entries side by side: a short briefing's contents in two columns take half the height of
    /// its front page that one would.
    var columns = 1
    private let columnGap = 24.0
    private var rows: Int { (entries.count + columns - 1) / max(columns, 1) }

    init(entries: [Entry], directory: PageDirectory, font: FontSpec, textColor: StyleColor,
         mutedColor: StyleColor, text: TextContext, spaceBefore: Double, spaceAfter: Double) {
        self.entries = entries
        self.directory = directory
        self.font = font
        self.textColor = textColor
        self.mutedColor = mutedColor
        self.text = text
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        caption = text.layout(font: font.asBold)
        caption.setText("Contents")
        titles = entries.map { entry in
            let layout = text.layout(font: font)
            layout.setEllipsizeEnd()
            layout.setText(Markup.clean(entry.title))
            return layout
        }
    }

    private var rowHeight: Double { font.size * 1.55 }
    private var captionHeight: Double { font.size * 1.9 }
    /// The column of the list: a narrow block reads better than a full-width row of dots.
    private var listWidth: Double {
        columns > 1 ? (width - columnGap * Double(columns - 1)) / Double(columns) : min(width, 300)
    }

    func wrap(availableWidth: Double) -> Double {
        width = availableWidth
        return captionHeight + Double(rows) * rowHeight
    }

    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? { nil }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        let drawing = canvas.drawing
        drawing.setColor(mutedColor)
        caption.draw(in: drawing, x: x, y: y)
        let numberWidth = font.size * 2.5
        for (index, entry) in entries.enumerated() {
            let x = x + Double(index / rows) * (listWidth + columnGap)
            let top = y + captionHeight + Double(index % rows) * rowHeight
            let title = titles[index]
            title.setWidth(listWidth - numberWidth - 8)
            drawing.setColor(textColor)
            title.draw(in: drawing, x: x, y: top)
            let number = text.layout(font: font, width: numberWidth)
            number.setAlignment(.right)
            number.setText(directory.page(of: entry.anchor).map(String.init) ?? "")
            number.draw(in: drawing, x: x + listWidth - numberWidth, y: top)
            // Dotted leader from the title to the number, on the text's baseline.
            if let line = title.lines.first {
                let baseline = top + line.baseline - line.top
                let from = x + line.x + line.width + 4
                let to = x + listWidth - numberWidth + 4
                if to > from {
                    drawing.line(from: (from, baseline), to: (to, baseline), color: mutedColor,
                                 width: 0.6, dash: [0.6, 2.4])
                }
            }
            canvas.addLink(to: entry.anchor, x: x, y: top, width: listWidth, height: rowHeight)
        }
    }
}
