import BriefingModel
import BriefingRender
import Foundation

/// `--charts DIR`: every chart of the briefing as SVG (slides, print) and PNG (email bodies).
public enum ChartExport {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notAFolder(String)
        case cannotCreate(String, reason: String)

        public var description: String {
            switch self {
            case .notAFolder(let path): return "--charts \(path): is a file, not a folder; give a folder for the charts"
            case .cannotCreate(let path, let reason): return "--charts \(path): the folder cannot be made (\(reason))"
            }
        }
    }

    /// Creates `folder` when missing and writes the charts into it; returns the paths written.
    @discardableResult
    public static func write(_ briefing: Briefing, style: Style, to folder: String) throws -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), !isFolder.boolValue {
            throw Failure.notAFolder(folder)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotCreate(folder, reason: AtomicFile.reason(error))
        }
        return try PDFRenderer(style: style).writeCharts(briefing, to: folder)
    }
}
