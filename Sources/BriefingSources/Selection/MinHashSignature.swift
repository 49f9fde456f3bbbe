import Foundation

/// A compact fingerprint of an article's word 5-shingles whose agreement with another
/// fingerprint estimates the Jaccard similarity of the two shingle sets.
///
/// One-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed once, the hash's top
/// bits choose one of 128 bins and the rest compete for the bin's minimum. Empty bins (short
/// texts) borrow the next filled bin's value, rotated (Shrivastava 2017), so any two signatures
/// stay comparable bin by bin.
struct MinHashSignature: Sendable {
    static let size = 128
    static let bands = 32
    static let rows = size / bands
    static let shingleWords = 5

    private(set) var values: [UInt64]
    /// Hash of the whole normalised word sequence, for exact copies.
    private(set) var textHash: UInt64 = 0
    private(set) var wordCount = 0
    private(set) var shingleCount = 0

    init(text: String) {
        values = Array(repeating: .max, count: Self.size)
        var window: [UInt64] = []
        window.reserveCapacity(Self.shingleWords)
        var text = text
        text.withUTF8 { bytes in
            var word: UInt64 = Self.offset
            var inWord = false
            func endWord() {
                guard inWord else { return }
                wordCount += 1
                textHash = Self.mix(textHash ^ word)
                if window.count == Self.shingleWords { window.removeFirst() }
                window.append(word)
                if window.count == Self.shingleWords { add(shingle: window) }
                word = Self.offset
                inWord = false
            }
            for byte in bytes {
                var b = byte
                if b >= 65 && b <= 90 { b += 32 }  // ASCII lower case
                let isWordByte = (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 128
                if isWordByte {
                    word = (word ^ UInt64(b)) &* Self.prime
                    inWord = true
                } else {
                    endWord()
                }
            }
            endWord()
        }
        if wordCount > 0 && wordCount < Self.shingleWords { add(shingle: window) }  // very short text
        densify()
    }

    private mutating func add(shingle words: [UInt64]) {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        for word in words { hash = Self.mix(hash ^ word) }
        let bin = Int(hash >> 57)  // top 7 bits: 128 bins
        let value = hash & 0x01FF_FFFF_FFFF_FFFF
        if value < values[bin] { values[bin] = value }
        shingleCount += 1
    }

    /// Fills empty bins from the nearest filled bin to their right (circularly), offset by the
    /// distance, so two texts' empty bins agree only when their neighbours do.
    private mutating func densify() {
        guard shingleCount > 0 else { return }
        let original = values
        for bin in 0..<Self.size where original[bin] == .max {
            var distance = 1
            while original[(bin + distance) % Self.size] == .max { distance += 1 }
            values[bin] = Self.mix(original[(bin + distance) % Self.size] &+ UInt64(distance))
        }
    }

    func bandKey(_ band: Int) -> UInt64 {
        var key = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
        for row in 0..<Self.rows { key = Self.mix(key ^ values[band * Self.rows + row]) }
        return key
    }

    /// The share of bins that agree: an estimate of the Jaccard similarity.
    func similarity(to other: MinHashSignature) -> Double {
        guard shingleCount > 0, other.shingleCount > 0 else { return 0 }
        var equal = 0
        for bin in 0..<Self.size where values[bin] == other.values[bin] { equal += 1 }
        return Double(equal) / Double(Self.size)
    }

    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// A 64-bit finaliser (from SplitMix64) that spreads every input bit over the output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A URL reduced to what identifies the page: no scheme, no `www.`, no trailing slash, no
/// fragment, and no tracking parameters (`utm_*`, `fbclid`, `gclid`).
enum CanonicalURL {
    static func key(_ url: String) -> String? {
        var text = url.trimmedWhiteSpace.lowercased()
        guard !text.isEmpty else { return nil }
        if let scheme = text.range(of: "://") { text = String(text[scheme.upperBound...]) }
        if text.hasPrefix("www.") { text = String(text.dropFirst(4)) }
        if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
        if let question = text.firstIndex(of: "?") {
            let kept = text[text.index(after: question)...].split(separator: "&").filter { parameter in
                !(parameter.hasPrefix("utm_") || parameter.hasPrefix("fbclid=") || parameter.hasPrefix("gclid="))
            }
            text = String(text[..<question]) + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
        }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
