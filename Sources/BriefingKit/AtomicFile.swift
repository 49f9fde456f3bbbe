import Foundation

/// Writing a file so that readers only ever see the old file or the complete new one.
public enum AtomicFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case folderMissing(String)
        case notWritable(String)
        case isFolder(String)

        public var description: String {
            switch self {
            case .folderMissing(let folder): return "\(folder): the output folder does not exist"
            case .notWritable(let path): return "\(path): cannot be written (permission denied)"
            case .isFolder(let path): return "\(path): is a folder; give a file name for the output"
            }
        }
    }

    /// Fails early, before any work, when `path` cannot be written.
    public static func checkWritable(_ path: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure.isFolder(path)
        }
        let folder = folderOf(path)
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure.folderMissing(folder)
        }
        guard manager.isWritableFile(atPath: folder) else { throw Failure.notWritable(path) }
    }

    /// Calls `produce` with a temporary path in the same folder, then renames it over `path`.
    /// The temporary file is removed if `produce` throws.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        try checkWritable(path)
        let folder = folderOf(path)
        let name = (path as NSString).lastPathComponent
        let temporary = "\(folder)/.\(name).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try produce(temporary)
            guard rename(temporary, path) == 0 else { throw Failure.notWritable(path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes `data` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in
            try data.write(to: URL(fileURLWithPath: temporary))
        }
    }

    static func folderOf(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}
