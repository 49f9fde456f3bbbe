import BriefingModel
import BriefingRender
import Foundation

/// `--charts DIR`: every chart of the briefing as SVG (slides, print) and PNG (email bodies).
public enum ChartExport {
    /// Creates `folder` when missing and writes the charts into it; returns the paths written.
    @discardableResult
    public static func write(_ briefing: Briefing, style: Style, to folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try PDFRenderer(style: style).writeCharts(briefing, to: folder)
    }
}
