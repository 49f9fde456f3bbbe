/// A bulleted or numbered list. Splits between items, or inside an item that is too long for
/// the rest of the page (the continuation has no marker); neither the first nor the last item
/// of a long list stands alone on a page.
final class BulletList: Flowable {
    struct Item {
        /// nil on the continuation of an item split across pages.
        let marker: TextLayout?
        let body: Paragraph
    }

    let items: [Item]
    /// Width of the marker column; the body starts after it.
    let indent: Double
    let itemSpacing: Double
    let markerColor: StyleColor
    let spaceBefore: Double
    let spaceAfter: Double
    private var heights: [Double] = []
    private var width = -1.0

    /// `markers` and `bodies` pair up; a nil marker draws none.
    init(markers: [String?], bodies: [Markup], bodyStyle: ParagraphStyle, markerFont: FontSpec,
         markerColor: StyleColor, indent: Double, itemSpacing: Double, text: TextContext,
         anchors: [String?] = []) {
        // List items are set ragged-right: an item is a line or three, and a short justified
        // line with few spaces stretches them into rivers.
        var bodyStyle = bodyStyle
        bodyStyle.justify = false
        var items: [Item] = []
        for (index, body) in bodies.enumerated() {
            let marker = index < markers.count ? markers[index] : nil
            let markerLayout = marker.map {
                BulletList.markerLayout($0, font: markerFont, indent: indent, context: text)
            }
            let paragraph = Paragraph(body, style: bodyStyle, text: text)
            if index < anchors.count { paragraph.anchor = anchors[index] }
            items.append(Item(marker: markerLayout, body: paragraph))
        }
        self.items = items
        self.indent = indent
        self.itemSpacing = itemSpacing
        self.markerColor = markerColor
        self.spaceBefore = bodyStyle.spaceBefore
        self.spaceAfter = bodyStyle.spaceAfter
    }

    private init(items: [Item], from other: BulletList, first: Bool, last: Bool) {
        self.items = items
        indent = other.indent
        itemSpacing = other.itemSpacing
        markerColor = other.markerColor
        spaceBefore = first ? other.spaceBefore : 0
        spaceAfter = last ? other.spaceAfter : 0
    }

    private static func markerLayout(_ marker: String, font: FontSpec, indent: Double,
                                     context: TextContext) -> TextLayout {
        let layout = context.layout(font: font, width: max(indent - 4, 1))
        layout.setAlignment(.right)
        layout.setText(Markup.clean(marker))
        return layout
    }

    /// Lists of this many items or fewer move whole: a three-item list split across a page
    /// leaves one item looking like a list of its own.
    static let shortListItems = 3

    var staysWhole: Bool { items.count <= Self.shortListItems }

    func wrap(availableWidth: Double) -> Double {
        width = availableWidth
        heights = items.map { $0.body.wrap(availableWidth: max(availableWidth - indent, 1)) }
        return heights.reduce(0, +) + itemSpacing * Double(max(items.count - 1, 0))
    }

    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? {
        var used = 0.0
        var fitting = 0
        for (index, h) in heights.enumerated() {
            let next = used + (index > 0 ? itemSpacing : 0) + h
            if next > availableHeight + 0.01 { break }
            used = next
            fitting = index + 1
        }
        if fitting >= items.count { return nil }
        // No lone item at the end of a long list on the next page (a list's widow): move two.
        if items.count >= 4, items.count - fitting < 2, fitting >= 2 {
            fitting = items.count - 2
            return (BulletList(items: Array(items[..<fitting]), from: self, first: true, last: false),
                    BulletList(items: Array(items[fitting...]), from: self, first: false, last: true))
        }
        // Try to split the first item that does not fit, using the space left.
        let remaining = availableHeight - used - (fitting > 0 ? itemSpacing : 0)
        if remaining > 0, let parts = items[fitting].body.split(availableHeight: remaining),
           let headBody = parts.head as? Paragraph, let tailBody = parts.tail as? Paragraph {
            let headItems = Array(items[..<fitting]) + [Item(marker: items[fitting].marker, body: headBody)]
            let tailItems = [Item(marker: nil, body: tailBody)] + Array(items[(fitting + 1)...])
            return (BulletList(items: headItems, from: self, first: true, last: false),
                    BulletList(items: tailItems, from: self, first: false, last: true))
        }
        // Nor a lone item at the bottom of a page under its heading (a list's orphan).
        guard fitting >= (items.count >= 4 ? 2 : 1) else { return nil }
        return (BulletList(items: Array(items[..<fitting]), from: self, first: true, last: false),
                BulletList(items: Array(items[fitting...]), from: self, first: false, last: true))
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        canvas.structure("L") {
            var cursor = y
            for (index, item) in items.enumerated() {
                canvas.structure("LI") { draw(item, on: canvas, x: x, y: cursor) }
                cursor += heights[index] + itemSpacing
            }
        }
    }

    /// One item: its marker as the label (`Lbl`), aligned on the first line's baseline, and its
    /// text as the body (`LBody`).
    private func draw(_ item: Item, on canvas: PageCanvas, x: Double, y: Double) {
        if let marker = item.marker, let firstLine = item.body.layout.lines.first, let markerLine = marker.lines.first {
            let markerTop = y + (firstLine.baseline - firstLine.top) - (markerLine.baseline - markerLine.top)
            canvas.structure("Lbl") {
                canvas.drawing.setColor(markerColor)
                marker.draw(in: canvas.drawing, x: x, y: markerTop)
            }
        }
        canvas.structure("LBody") { item.body.draw(on: canvas, x: x + indent, y: y) }
    }
}
