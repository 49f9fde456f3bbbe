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
        let total = columns.reduce(0) { $0 + $1.weight }
        columnWidths = columns.map { width * $0.weight / max(total, 0.0001) }
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
