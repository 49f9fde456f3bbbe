import CZlib
import Foundation

/// zlib's deflate, for the models the archive keeps (at its best compression: a model is
/// written once a week and read rarely).
///
/// Why compress: a briefing model's JSON runs to about 13 KB an article (summaries, phrases,
/// roles); deflated it is about a fifth, which keeps a year of weekly 300-article briefings in
/// tens of megabytes.
enum DeflatedData {
    enum Failure: Error { case deflate(Int32), inflate(Int32) }

    static func deflate(_ data: Data) throws -> Data {
        var size = compressBound(uLong(data.count))
        var out = Data(count: Int(size))
        let status = out.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                compress2(target.baseAddress!.assumingMemoryBound(to: Bytef.self), &size,
                          source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(data.count), 6)
            }
        }
        guard status == Z_OK else { throw Failure.deflate(status) }
        return out.prefix(Int(size))
    }

    /// - Parameter size: the inflated size, stored beside the data.
    static func inflate(_ data: Data, size: Int) throws -> Data {
        guard size >= 0, size <= Self.largestModel else { throw Failure.inflate(Z_DATA_ERROR) }
        var length = uLong(size)
        var out = Data(count: max(size, 1))
        let status = out.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                uncompress(target.baseAddress!.assumingMemoryBound(to: Bytef.self), &length,
                           source.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(data.count))
            }
        }
        guard status == Z_OK, Int(length) == size else { throw Failure.inflate(status) }
        return out.prefix(size)
    }

    /// No archived model is inflated beyond this (a damaged size field must not ask for all memory).
    static let largestModel = 1 << 30
}
