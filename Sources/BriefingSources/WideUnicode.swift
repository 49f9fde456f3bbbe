import Foundation

/// UTF-16 and UTF-32 text, with or without a byte-order mark.
///
/// Why: Windows tools save "Unicode" text as UTF-16 with a BOM, and some exports write it
/// without one. Full of NUL bytes, such files looked binary and were refused as "binary data";
/// they are text, and are read as text.
enum WideUnicode {
    /// The text, or nil when the bytes are not UTF-16 or UTF-32.
    static func decode(_ bytes: Data.SubSequence) -> String? {
        let start = bytes.startIndex
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return utf32(bytes.dropFirst(4), bigEndian: false) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return utf32(bytes.dropFirst(4), bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        // Without a mark: the zero bytes' places give the width and the byte order, when nearly
        // every character of the opening is ASCII-range (as in any Latin-script text or markup).
        let sample = Array(bytes[start..<min(bytes.endIndex, start + 4096)])
        // Why first: nearly every file is UTF-8, whose opening has no zero byte, and then no
        // width can match (each asks for zero bytes in most code units).
        guard sample.count >= 4, sample.contains(0) else { return nil }
        if sample.count % 4 == 0, bytes.count % 4 == 0 {
            if share(sample, width: 4, zeroAt: [1, 2, 3]) { return utf32(bytes, bigEndian: false) }
            if share(sample, width: 4, zeroAt: [0, 1, 2]) { return utf32(bytes, bigEndian: true) }
        }
        guard bytes.count % 2 == 0 else { return nil }
        if share(sample, width: 2, zeroAt: [1]) { return utf16(bytes, bigEndian: false) }
        if share(sample, width: 2, zeroAt: [0]) { return utf16(bytes, bigEndian: true) }
        return nil
    }

    /// True when at least 90 % of the code units have zero bytes exactly at `zeroAt` and a
    /// non-zero byte elsewhere.
    private static func share(_ sample: [UInt8], width: Int, zeroAt: [Int]) -> Bool {
        let units = sample.count / width
        let zero = (0..<width).map { zeroAt.contains($0) }
        var matching = 0
        for unit in 0..<units {
            let base = unit * width
            let fits = (0..<width).allSatisfy { zero[$0] ? sample[base + $0] == 0 : sample[base + $0] != 0 }
            if fits { matching += 1 }
        }
        return matching * 10 >= units * 9
    }

    private static func utf16(_ bytes: Data.SubSequence, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func utf32(_ bytes: Data.SubSequence, bigEndian: Bool) -> String {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(bytes.count / 4)
        var index = bytes.startIndex
        while index + 3 < bytes.endIndex {
            let b = (0..<4).map { UInt32(bytes[index + $0]) }
            scalars.append(bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0])
            index += 4
        }
        return String(decoding: scalars, as: UTF32.self)
    }
}
