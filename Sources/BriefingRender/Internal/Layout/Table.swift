/// A table with a header row, split between rows; every part repeats the header. A single row
/// taller than a page is split between lines of its cells.
final class Table: Flowable {
    let content: TableContent
    let headerFill: StyleColor
    let ruleColor: StyleColor
    let textColor: StyleColor
    let spaceBefore: Double
    let spaceAfter: Double
    /// nil until first wrapped: then every row whole.
    private var parts: [TableRowPart]?

    init(content: TableContent, headerFill: StyleColor, ruleColor: StyleColor, textColor: StyleColor,
         spaceBefore: Double, spaceAfter: Double) {
        self.content = content
        self.headerFill = headerFill
        self.ruleColor = ruleColor
        self.textColor = textColor
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
    }

    private init(part other: Table, parts: [TableRowPart], first: Bool, last: Bool) {
        content = other.content
        headerFill = other.headerFill
        ruleColor = other.ruleColor
        textColor = other.textColor
        spaceBefore = first ? other.spaceBefore : 0
        spaceAfter = last ? other.spaceAfter : 0
        self.parts = parts
    }

    /// Rows (or row parts) this part shows, and the first of them (for tests).
    var rowCount: Int { parts?.count ?? content.rows.count }
    var firstRow: Int { parts?.first?.row ?? 0 }

    /// Tables of this many rows or fewer move whole: split, each part would be a row or two
    /// under a repeated header, a table no longer read as one.
    static let shortTableRows = 4

    var staysWhole: Bool { rowCount <= Self.shortTableRows }

    private var padding: Double { 2 * content.padding.vertical }

    private func height(of part: TableRowPart) -> Double {
        part.contentHeight(in: content.rows[part.row]) + padding
    }

    func wrap(availableWidth: Double) -> Double {
        content.layOut(width: availableWidth)
        if parts == nil {
            parts = content.rows.indices.map { row in
                TableRowPart(row: row, firstLines: Array(repeating: 0, count: content.columns.count),
                             endLines: content.rows[row].map { $0.lines.count })
            }
        }
        return content.headerHeight + (parts ?? []).reduce(0) { $0 + height(of: $1) }
    }

    /// The header plus as many whole rows as fit; when not even the first row fits, the lines of
    /// that row that do. nil when nothing fits.
    func split(availableHeight: Double) -> (head: any Flowable, tail: any Flowable)? {
        guard let parts, !parts.isEmpty else { return nil }
        var used = content.headerHeight
        var cut = 0
        while cut < parts.count, used + height(of: parts[cut]) <= availableHeight + 0.01 {
            used += height(of: parts[cut])
            cut += 1
        }
        if cut >= parts.count { return nil }
        // A row too tall to move whole (it would leave a page mostly empty, or not fit on any
        // page) is cut between the lines of its cells.
        let room = availableHeight - used - padding
        if cut == 0 || height(of: parts[cut]) > Self.tallRow,
           let (head, tail) = split(parts[cut], room: room) {
            return (Table(part: self, parts: Array(parts[..<cut]) + [head], first: true, last: false),
                    Table(part: self, parts: [tail] + parts[(cut + 1)...], first: false, last: true))
        }
        // No lone row under a header at a page bottom, nor alone at the top of the next page:
        // two rows on each side. (A short table splits only when taller than a page, at its
        // top: see `staysWhole`.)
        if parts.count >= 4 {
            if parts.count - cut < 2 { cut = parts.count - 2 }
            if cut < 2 { return nil }
        }
        guard cut > 0 else { return nil }
        return (Table(part: self, parts: Array(parts[..<cut]), first: true, last: false),
                Table(part: self, parts: Array(parts[cut...]), first: false, last: true))
    }

    /// Rows taller than this (points) are split rather than moved to the next page.
    static let tallRow = 200.0

    private func split(_ row: TableRowPart, room: Double) -> (TableRowPart, TableRowPart)? {
        guard room > 0 else { return nil }
        let cells = content.rows[row.row]
        var middle: [Int] = []
        for (index, cell) in cells.enumerated() {
            let lines = cell.lines
            var end = row.firstLines[index]
            while end < row.endLines[index],
                  lines[end].bottom - lines[row.firstLines[index]].top <= room + 0.01 {
                end += 1
            }
            middle.append(end)
        }
        // Each cell keeps two lines on either side of the break, as paragraphs do; a cell of
        // fewer than four lines goes over whole unless all of it fits.
        for index in cells.indices {
            let first = row.firstLines[index], end = row.endLines[index]
            guard middle[index] > first, middle[index] < end else { continue }
            if end - first < 4 || middle[index] - first < 2 {
                middle[index] = first
            } else if end - middle[index] < 2 {
                middle[index] = end - 2
            }
        }
        guard middle != row.firstLines, middle != row.endLines else { return nil }
        // A row begins in every column at once: a short cell that fits is never left alone above
        // the break while its neighbours' first lines go over, where it would read as a row.
        guard cells.indices.allSatisfy({ row.firstLines[$0] == row.endLines[$0] || middle[$0] > row.firstLines[$0] })
        else { return nil }
        return (TableRowPart(row: row.row, firstLines: row.firstLines, endLines: middle),
                TableRowPart(row: row.row, firstLines: middle, endLines: row.endLines))
    }

    func draw(on canvas: PageCanvas, x: Double, y: Double) {
        canvas.structure("Table") {
            let drawing = canvas.drawing
            let width = content.columnWidths.reduce(0, +)
            drawing.fillRect(x: x, y: y, width: width, height: content.headerHeight, color: headerFill)
            canvas.structure("TR") {
                var left = x
                for (index, cell) in content.header.enumerated() {
                    canvas.structure("TH") {
                        drawing.setColor(textColor)
                        cell.draw(in: drawing, x: left + content.padding.horizontal, y: y + content.padding.vertical)
                    }
                    left += content.columnWidths[index]
                }
            }
            var cursor = y + content.headerHeight
            for part in parts ?? [] {
                canvas.structure("TR") { draw(part, on: canvas, x: x, y: cursor) }
                cursor += height(of: part)
                drawing.line(from: (x, cursor), to: (x + width, cursor), color: ruleColor, width: 0.5)
            }
        }
    }

    private func draw(_ part: TableRowPart, on canvas: PageCanvas, x: Double, y: Double) {
        if part.firstLines.allSatisfy({ $0 == 0 }), part.row < content.rowAnchors.count,
           let anchor = content.rowAnchors[part.row] {
            canvas.addDestination(anchor, x: x, y: max(y - 4, 0))
        }
        var left = x
        for index in content.rows[part.row].indices {
            if part.firstLines[index] < part.endLines[index] {
                canvas.structure("TD") { drawCell(index, of: part, on: canvas, x: left, y: y) }
            }
            left += content.columnWidths[index]
        }
    }

    /// The lines of one cell that `part` shows, with their links.
    private func drawCell(_ index: Int, of part: TableRowPart, on canvas: PageCanvas, x: Double, y: Double) {
        let cell = content.rows[part.row][index]
        let first = part.firstLines[index]
        let lines = cell.lines
        let cellX = x + content.padding.horizontal
        let cellY = y + content.padding.vertical
        canvas.drawing.setColor(textColor)
        for line in first..<part.endLines[index] {
            cell.drawLine(line, in: canvas.drawing, x: cellX, top: cellY + lines[line].top - lines[first].top)
        }
        // Citations in a cell stay clickable, on the lines this part shows.
        canvas.addLinks(content.links[part.row][index], of: cell, shown: first..<part.endLines[index],
                        x: cellX, y: cellY)
    }
}
