/// A fixed word list with a small value per word, looked up by the word's ASCII bytes.
///
/// Why: the tokenizer asks every word token whether it is a function word, hundreds of
/// thousands of times an article batch. A `[String: UInt8]` lookup builds a `String` and
/// SipHashes it; here the bytes the tokenizer already holds are hashed with FNV-1a (a few
/// instructions a byte, ample for a fixed list of a few hundred words) and compared in place,
/// lower-casing A-Z on the fly. The answers are those of the dictionary it is built from, for
/// words written in ASCII (an ASCII string equals a `String` key only when their bytes match,
/// as long as the keys are ASCII too). Keys that are not lower-case ASCII are left out: words
/// outside ASCII should ask the dictionary (`mayContain` says so).
struct ByteKeyTable: Sendable {
    /// Every key's bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Per entry: where its bytes start in `bytes`, their count, its value.
    private var starts: [Int32] = []
    private var counts: [UInt8] = []
    private var values: [UInt8] = []
    /// Open addressing: entry index + 1 per slot, 0 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// Slots per key at least: a sparse table keeps the probe sequences to one or two slots.
    static let slotsPerKey = 4
    /// Keys longer than this are left out (no listed word comes close; the count is a byte).
    static let maximumKeyLength = 255

    /// The ASCII keys of `dictionary` with their values.
    init(_ dictionary: [String: UInt8]) {
        let keys = dictionary.keys.filter { key in
            key.utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) } && key.utf8.count <= Self.maximumKeyLength
        }
        var size = 16
        while size < keys.count * Self.slotsPerKey { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
        for key in keys.sorted() { insert(Array(key.utf8), dictionary[key]!) }
    }

    private mutating func insert(_ key: [UInt8], _ value: UInt8) {
        var slot = key.withUnsafeBufferPointer { Self.hash($0, lowercasing: false) } & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(values.count + 1)
        starts.append(Int32(bytes.count))
        counts.append(UInt8(key.count))
        values.append(value)
        bytes += key
    }

    /// FNV-1a over the bytes (A-Z read as a-z when `lowercasing`).
    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in b {
            let l = lowercasing && c >= 0x41 && c <= 0x5A ? c + 32 : c
            h = (h ^ UInt64(l)) &* 0x0000_0100_0000_01B3
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value of the word whose lower-cased form is `word` lower-cased (A-Z only), or nil.
    @inline(__always) func value(lowercasing word: UnsafeBufferPointer<UInt8>) -> UInt8? {
        guard word.count <= Self.maximumKeyLength else { return nil }
        var slot = Self.hash(word, lowercasing: true) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if matches(entry - 1, word) { return values[entry - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// The value of `word` as written (a word with capitals is no key), or nil: the
    /// dictionary's answer, for tests and callers that hold a `String`.
    func value(_ word: String) -> UInt8? {
        var copy = word
        return copy.withUTF8 { b in
            b.allSatisfy { $0 < 0x41 || $0 > 0x5A } ? value(lowercasing: b) : nil
        }
    }

    /// False only where `word` is surely no key of the dictionary the table was built from: a
    /// lower-case ASCII word the table lacks. (Other words may match a key it left out.)
    func mayContain(_ word: String) -> Bool {
        var copy = word
        return copy.withUTF8 { b in
            b.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } || value(lowercasing: b) != nil
        }
    }

    @inline(__always) private func matches(_ entry: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard Int(counts[entry]) == word.count else { return false }
        var at = Int(starts[entry])
        for c in word {
            let l = c >= 0x41 && c <= 0x5A ? c + 32 : c
            if bytes[at] != l { return false }
            at += 1
        }
        return true
    }
}
