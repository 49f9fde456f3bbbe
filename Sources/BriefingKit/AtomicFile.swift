import BriefingSupport
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that readers only ever see the old file or the complete new one.
///
/// The rename that makes a write atomic is only right for a regular file. A symbolic link is
/// followed, so the file it names is replaced and the link stays; a device or a FIFO
/// (`/dev/null`, a named pipe) is written through, never replaced by a regular file; `-` is
/// standard output, and so is any name of an open descriptor of this process (`/dev/stdout`,
/// `/dev/fd/1`, `/proc/self/fd/1`), whatever the shell connected to it.
public enum AtomicFile {
    /// The output name that means standard output.
    public static let standardOutput = "-"

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case folderMissing(String)
        case notWritable(String)
        case isFolder(String)
        case linkLoop(String)
        case writeFailed(String, reason: String)

        public var description: String {
            switch self {
            case .folderMissing(let folder): return "\(folder): the output folder does not exist"
            case .notWritable(let path): return "\(path): cannot be written (permission denied)"
            case .isFolder(let path): return "\(path): is a folder; give a file name for the output"
            case .linkLoop(let path): return "\(path): symbolic links loop; give a file name for the output"
            case .writeFailed(let path, let reason): return "\(path == standardOutput ? "standard output" : path): cannot be written (\(reason))"
            }
        }
    }

    /// Fails early, before any work, when `path` cannot be written.
    public static func checkWritable(_ path: String) throws {
        if path == standardOutput { return }
        if try OpenDescriptorName.descriptor(reachedFrom: path) != nil { return }
        if isStream(path) {
            guard access(path, W_OK) == 0 else { throw Failure.notWritable(path) }
            return
        }
        let target = try resolvingLinks(path)
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: target, isDirectory: &isFolder) {
            if isFolder.boolValue { throw Failure.isFolder(path) }
            if !isRegularFile(target) {
                guard access(target, W_OK) == 0 else { throw Failure.notWritable(path) }
                return
            }
        }
        let folder = folderOf(target)
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure.folderMissing(folder)
        }
        guard manager.isWritableFile(atPath: folder) else { throw Failure.notWritable(path) }
    }

    /// Calls `produce` with a temporary path in the same folder, then renames it over `path`.
    /// The temporary file is removed if `produce` throws or the run is interrupted; ones left by
    /// killed runs are removed first.
    public static func write(to path: String, _ produce: (String) throws -> Void) throws {
        if path == standardOutput {
            return try writeThrough(produce, shownAs: path) { try FileHandle.standardOutput.write(contentsOf: $0) }
        }
        if let descriptor = try OpenDescriptorName.descriptor(reachedFrom: path) {
            return try writeThrough(produce, shownAs: path) { data in
                try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: data)
            }
        }
        try checkWritable(path)
        if isStream(path) {
            // Opened by its own name: the kernel follows every link, including /proc's links that
            // name a pipe as `pipe:[123]` rather than as a path.
            return try writeThrough(produce, shownAs: path) { data in
                guard let handle = FileHandle(forWritingAtPath: path) else { throw Failure.notWritable(path) }
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
            }
        }
        let target = try resolvingLinks(path)
        let folder = folderOf(target)
        let name = lastComponent(target)
        StaleTemporaries.remove(for: name, in: folder)
        try produceThenRename(produce, temporary: folder + "/" + StaleTemporaries.name(for: name), target: target, shownAs: path)
    }

    /// Writes `data` atomically.
    public static func write(_ data: Data, to path: String) throws {
        if path == standardOutput {
            do { return try FileHandle.standardOutput.write(contentsOf: data) } catch {
                throw Failure.writeFailed(path, reason: reason(error))
            }
        }
        try write(to: path) { temporary in
            try data.write(to: URL(fileURLWithPath: temporary))
        }
    }

    private static func produceThenRename(_ produce: (String) throws -> Void, temporary: String,
                                          target: String, shownAs path: String) throws {
        let slot = InterruptCleanup.register(temporary)
        defer {
            unlink(temporary)
            InterruptCleanup.release(slot)
        }
        try produce(temporary)
        guard rename(temporary, target) == 0 else { throw Failure.notWritable(path) }
    }

    /// Produces into a temporary file of the system's, then hands its bytes to `deliver`: for
    /// targets that are a stream, not a file to replace.
    private static func writeThrough(_ produce: (String) throws -> Void, shownAs path: String,
                                     deliver: (Data) throws -> Void) throws {
        StaleTemporaries.remove(for: "briefing-output", in: NSTemporaryDirectory())
        let temporary = NSTemporaryDirectory() + "/" + StaleTemporaries.name(for: "briefing-output")
        let slot = InterruptCleanup.register(temporary)
        defer {
            unlink(temporary)
            InterruptCleanup.release(slot)
        }
        try produce(temporary)
        do {
            try deliver(try Data(contentsOf: URL(fileURLWithPath: temporary)))
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.writeFailed(path, reason: reason(error))
        }
    }

    /// The file a chain of symbolic links ends at (the path itself when it is no link); a
    /// dangling link names the file to create.
    static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return current
            }
            current = destination.hasPrefix("/") ? destination : folderOf(current) + "/" + destination
        }
        throw Failure.linkLoop(path)
    }

    /// True when `path`, every link followed, is something that exists and is neither a regular
    /// file nor a folder: a device, a FIFO or a socket, to be written through.
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeRegular
    }

    static func folderOf(_ path: String) -> String { PathParts.folder(of: path) }

    static func lastComponent(_ path: String) -> String { PathParts.lastComponent(of: path) }

    /// The system's words for a write error ("No space left on device"), not an NSError dump.
    static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(underlying.code))) }
        if (error as NSError).domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32((error as NSError).code))) }
        return error.localizedDescription
    }
}
