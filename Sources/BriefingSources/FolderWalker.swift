import BriefingModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files under a folder, walked with the system's own directory calls so that nothing is
/// passed over without a word.
///
/// Why not `FileManager.enumerator`: it skips symbolic links to articles, silently leaves out
/// folders it cannot open, and drops names that are not UTF-8. Here a link is followed (to a
/// file or a folder; a folder reached twice, as a link back to its own parent does, is read
/// once and named), an unreadable folder and an undecodable name are skipped and named, and
/// hidden entries (`.git`, editors' swap files) are left out as before.
struct FolderWalker {
    /// Regular files found, relative to the root, with `/` separators.
    var files: [String] = []
    var skipped: [SkippedFile] = []
    var warnings: [String] = []
    private var visited: Set<FileID> = []

    struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Walks `root` (shown to the user as `shown`).
    init(root: String, shown: String) {
        walk(root, relative: "", shown: shown)
    }

    private mutating func walk(_ folder: String, relative: String, shown: String) {
        var info = stat()
        guard stat(folder, &info) == 0 else { return }
        guard visited.insert(FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else {
            warnings.append("\(shown): a link to a folder already read; not read twice")
            return
        }
        guard let handle = opendir(folder) else {
            skipped.append(SkippedFile(path: shown, reason: "folder cannot be read (\(String(cString: strerror(errno))))"))
            return
        }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes.first == UInt8(ascii: ".") { continue }  // hidden, and "." and ".."
            names.append(bytes)
        }
        for bytes in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            visit(bytes, in: folder, relative: relative, shown: shown)
        }
    }

    private mutating func visit(_ bytes: [UInt8], in folder: String, relative: String, shown: String) {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            let readable = String(decoding: bytes, as: UTF8.self)
            skipped.append(SkippedFile(path: shown + "/" + readable,
                                       reason: "file name is not UTF-8 (shown with U+FFFD); rename it to read it"))
            return
        }
        let path = folder + "/" + name
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        let childShown = shown + "/" + name
        var info = stat()
        guard stat(path, &info) == 0 else {
            skipped.append(SkippedFile(path: childShown, reason: "cannot be read (\(String(cString: strerror(errno))))"))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: walk(path, relative: childRelative, shown: childShown)
        case S_IFREG: files.append(childRelative)
        default: skipped.append(SkippedFile(path: childShown, reason: "not a regular file (a device, pipe or socket)"))
        }
    }
}
