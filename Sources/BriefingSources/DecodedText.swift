import Foundation

/// Bytes turned into text the way a mature reader should: UTF-8 when it is UTF-8, otherwise
/// Windows-1252 (a superset of Latin-1 for printable text, the usual encoding of older Western
/// web pages), and never silently: the caller learns which encoding was used.
enum DecodedText {
    case utf8(String)
    case windows1252(String)
    /// NUL bytes or mostly control characters: not a text file at all.
    case binary

    init(_ data: Data) {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }  // UTF-8 byte-order mark
        if let wide = WideUnicode.decode(bytes) {
            self = .utf8(LineEnds.normalized(wide))
        } else if DecodedText.looksBinary(bytes) {
            self = .binary
        } else if let text = String(validating: bytes, as: UTF8.self) {
            self = .utf8(LineEnds.normalized(text))
        } else {
            self = .windows1252(LineEnds.normalized(String(decoding: bytes.map(DecodedText.windows1252Scalar), as: UTF32.self)))
        }
    }

    var text: String? {
        switch self {
        case .utf8(let text), .windows1252(let text): return text
        case .binary: return nil
        }
    }

    /// A NUL byte, or more than 10 % control bytes other than tab/newline/carriage return/form feed.
    private static func looksBinary(_ bytes: Data.SubSequence) -> Bool {
        bytes.withUnsafeBytes { raw in
            var control = 0
            for byte in raw {
                if byte == 0 { return true }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { control += 1 }
            }
            return control * 10 > raw.count
        }
    }

    /// Windows-1252's 0x80–0x9F block differs from Latin-1; the rest maps byte = code point.
    private static let highBlock: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252Scalar(_ byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? highBlock[Int(byte) - 0x80] : UInt32(byte)
    }
}
