/// A stretch of time drawn under a time axis: a dark line with an end tick at each end that is
/// really an end, and a leader from its middle down to its label. Months on the day axis and
/// whole days on the hour axis are drawn this way.
///
/// Why one shape for both: a month or a day given without a time is a stretch, not an instant,
/// and a marker on its start would claim a moment the sources never gave. A stretch the axis
/// cuts (it began before the axis, or runs past it) is drawn without the end tick on that side,
/// so the bracket does not claim it ends there.
struct BracketMark: Equatable {
    var left: Double
    var right: Double
    /// The bracket's line.
    var y: Double
    /// The stretch begins before the axis does (or ends after it): that end is drawn open.
    var cutAtStart: Bool
    var cutAtEnd: Bool
    var label: ChartRect

    /// The bracket (end ticks `depth` high, inside its extent) and the leader to its label; the
    /// label itself is drawn by the chart, on white after every line, so no leader runs through
    /// words.
    func draw(_ drawing: DrawingContext, depth: Double, style: Style) {
        let middle = (left + right) / 2
        let foot = min(max(middle, label.left + 3), label.right - 3)
        let bend = y + 3
        drawing.line(from: (middle, y), to: (middle, bend), color: style.mutedColor, width: 0.5)
        drawing.line(from: (middle, bend), to: (foot, label.top), color: style.mutedColor, width: 0.5)
        drawing.line(from: (left, y), to: (right, y), color: style.textColor, width: 1.6)
        if !cutAtStart {
            drawing.line(from: (left + 0.5, y + 0.8), to: (left + 0.5, y - depth), color: style.textColor, width: 1)
        }
        if !cutAtEnd {
            drawing.line(from: (right - 0.5, y + 0.8), to: (right - 0.5, y - depth), color: style.textColor, width: 1)
        }
    }
}
