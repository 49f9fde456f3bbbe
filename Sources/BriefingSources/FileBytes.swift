#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file's bytes, read through one descriptor: opened once, its size taken from that
/// descriptor, and read into a buffer of that size.
///
/// Why not `FileManager.attributesOfItem` and `Data(contentsOf:)`: the attributes come as a
/// dictionary of every attribute (owner and group names looked up included), and the file was
/// opened a second time to read it; at 100,000 files that was a visible share of reading. One
/// descriptor also means the size checked is the size of the file read. The limit is kept while
/// reading too, for files that grow or report no size (pipes, `/proc`).
enum FileBytes {
    enum Outcome {
        case bytes(Data)
        /// Larger than the limit: the size when known.
        case tooLarge(Int)
        /// The system's reason ("Permission denied").
        case failed(String)
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failed(reason()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed(reason()) }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        // One byte more than expected: a file that grew is read on, up to the limit.
        let ceiling = limit < Int.max ? limit + 1 : limit
        var data = Data(count: min(ceiling, max(size, 4096) + 1))
        var filled = 0
        while true {
            if filled == data.count {
                guard data.count <= limit else { return .tooLarge(filled) }
                data.count += min(data.count, ceiling - data.count)
            }
            let n = data.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failed(reason())
            }
            if n == 0 { break }
            filled += n
        }
        data.count = filled
        return .bytes(data)
    }

    private static func systemRead(_ fd: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, into, count)
        #else
        Darwin.read(fd, into, count)
        #endif
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
