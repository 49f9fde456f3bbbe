/// The cells of a table and their measurements, shared by the parts of a split table so text
/// is shaped once.
final class TableContent {
    struct Column {
        var title: String
        /// Relative width; columns share the table width in proportion.
        var weight: Double
        var alignment: TextLayout.Alignment = .left
    }

    let columns: [Column]
    let header: [TextLayout]
    let rows: [[TextLayout]]
    /// The links of each cell (citations), by row and column.
    let links: [[[LinkSpan]]]
    /// A named destination at the top of each row (e.g. a participant's entry); may be shorter
    /// than `rows`.
    var rowAnchors: [String?] = []
    let padding: (horizontal: Double, vertical: Double)
    private(set) var columnWidths: [Double] = []
    private(set) var headerHeight = 0.0
    private(set) var rowHeights: [Double] = []
    private var width = -1.0
    /// Per column, the widest word of its cells and header plus padding; measured once.
    private var minimumWidths: [Double]?
    /// No column claims more than this share of the table for its longest word (a URL would
    /// squeeze every other column).
    static let widestMinimum = 0.4

    /// A column narrower than its longest word breaks that word anywhere ("organizati-on");
    /// sizing columns to hold their words whole avoids it.
    private func measureMinimumWidths() -> [Double] {
        columns.indices.map { index in
            var widest = header[index].widestWord
            for cells in rows { widest = max(widest, cells[index].widestWord) }
            return widest + 2 * padding.horizontal + 0.5
        }
    }

    init(columns: [Column], rows: [[Markup]], headerFont: FontSpec, bodyFont: FontSpec,
         padding: (horizontal: Double, vertical: Double), text: TextContext) {
        self.columns = columns
        self.padding = padding
        header = columns.map { column in
            let layout = text.layout(font: headerFont)
            layout.setAlignment(column.alignment)
            layout.setText(Markup.clean(column.title))
            return layout
        }
        self.rows = rows.map { cells in
            columns.indices.map { index in
                let layout = text.layout(font: bodyFont)
                layout.setAlignment(columns[index].alignment)
                layout.setMarkup(index < cells.count ? cells[index].markup : "")
                return layout
            }
        }
        links = rows.map { cells in columns.indices.map { $0 < cells.count ? cells[$0].links : [] } }
    }

    /// Sets every cell's width; cells wrap (long words break anywhere) rather than overflow.
    func layOut(width: Double) {
        guard width != self.width else { return }
        self.width = width
        let minimum = minimumWidths ?? measureMinimumWidths()
        minimumWidths = minimum
        columnWidths = ColumnWidths.share(width, weights: columns.map(\.weight),
                                          minimums: minimum.map { min($0, width * Self.widestMinimum) })
        func height(of cells: [TextLayout]) -> Double {
            var tallest = 0.0
            for (index, cell) in cells.enumerated() {
                cell.setWidth(max(columnWidths[index] - 2 * padding.horizontal, 1))
                tallest = max(tallest, cell.size.height)
            }
            return tallest + 2 * padding.vertical
        }
        headerHeight = height(of: header)
        rowHeights = rows.map(height(of:))
    }
}
