/// A run of up to three per-article numbers (stem or written-form numbers) packed in one integer.
///
/// Why: an article has hundreds of candidate phrases and only a few dozen survive ranking, so
/// candidates are counted, compared and ranked by packed numbers; their strings are built only
/// for those kept (`ArticleCandidates`). Each number is stored plus one in `bits` bits, first
/// number highest, so runs of different lengths never share a key and a stretch of a run is a
/// shift and a mask away.
enum PhraseKey {
    /// Bits per number: three numbers fit in 63 bits; an article has far fewer than 2^21 words.
    static let bits = 21
    static let mask: UInt64 = (1 << UInt64(bits)) - 1

    /// The key of `numbers` (at most three, each below `mask`).
    @inline(__always) static func pack<C: Collection>(_ numbers: C) -> UInt64 where C.Element == Int {
        numbers.reduce(0, appending)
    }

    /// The key of `key`'s numbers followed by `number` (`key` holding at most two).
    @inline(__always) static func appending(_ key: UInt64, _ number: Int) -> UInt64 {
        (key << UInt64(bits)) | UInt64(number + 1)
    }

    /// How many numbers the key holds.
    @inline(__always) static func count(_ key: UInt64) -> Int {
        var n = 0
        var k = key
        while k != 0 { n += 1; k >>= UInt64(bits) }
        return n
    }

    /// The `i`-th number of a key holding `count` numbers.
    @inline(__always) static func number(_ key: UInt64, _ i: Int, of count: Int) -> Int {
        Int((key >> UInt64((count - 1 - i) * bits)) & mask) - 1
    }

    /// The key of the stretch `start..<start + length` of a key holding `count` numbers.
    @inline(__always) static func stretch(_ key: UInt64, _ start: Int, _ length: Int, of count: Int) -> UInt64 {
        (key >> UInt64((count - start - length) * bits)) & ((1 << UInt64(length * bits)) - 1)
    }

    /// The numbers, first first (for the few keys whose text is built).
    static func numbers(_ key: UInt64) -> [Int] {
        let n = count(key)
        return (0..<n).map { number(key, $0, of: n) }
    }
}
