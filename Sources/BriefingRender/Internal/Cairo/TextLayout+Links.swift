/// Where a run of text sits, for clickable link rectangles over it.
extension TextLayout {
    typealias Rect = (x: Double, y: Double, width: Double, height: Double)

    /// One rectangle per line the bytes `bytes` cover, only on the lines `shown`, relative to
    /// the layout's left edge and the top of line `shown.lowerBound` (a split paragraph or
    /// table row draws only some lines).
    func rects(covering bytes: Range<Int>, shown: Range<Int>) -> [Rect] {
        let lines = self.lines
        guard !bytes.isEmpty, !shown.isEmpty, shown.upperBound <= lines.count else { return [] }
        let startLine = lineIndex(ofByte: bytes.lowerBound)
        let endLine = lineIndex(ofByte: bytes.upperBound - 1)
        let first = rect(ofByte: bytes.lowerBound)
        let last = rect(ofByte: bytes.upperBound - 1)
        let shownFirst = max(startLine, shown.lowerBound)
        let shownLast = min(endLine, shown.upperBound - 1)
        guard shownFirst <= shownLast else { return [] }
        let top = lines[shown.lowerBound].top
        var result: [Rect] = []
        for index in shownFirst...shownLast {
            let line = lines[index]
            let start = index == startLine ? first.x : line.x
            let end = index == endLine ? last.x + last.width : line.x + line.width
            guard end > start else { continue }
            result.append((start, line.top - top, end - start, line.bottom - line.top))
        }
        return result
    }
}
