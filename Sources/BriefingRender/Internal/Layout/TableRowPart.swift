/// The lines of one table row that a table part shows: all of them, or, for a row taller than
/// a page, the lines `firstLines[c]..<endLines[c]` of each cell `c`.
struct TableRowPart {
    let row: Int
    let firstLines: [Int]
    let endLines: [Int]

    /// Content height (padding excluded) of these lines in `cells`.
    func contentHeight(in cells: [TextLayout]) -> Double {
        var tallest = 0.0
        for (index, cell) in cells.enumerated() where firstLines[index] < endLines[index] {
            let lines = cell.lines
            tallest = max(tallest, lines[endLines[index] - 1].bottom - lines[firstLines[index]].top)
        }
        return tallest
    }
}
