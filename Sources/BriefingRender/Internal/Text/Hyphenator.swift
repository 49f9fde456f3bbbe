import CCairo
import Foundation

/// Owns a libhyphen dictionary and marks where English words may break, with soft hyphens
/// (U+00AD) that Pango shows only at a line end. Justified text then needs far smaller gaps.
///
/// Only plain ASCII words of 7 to 24 letters are touched; names and numbers stay whole
/// more often than not, and text extraction is unaffected except where a word really breaks.
final class Hyphenator {
    static let defaultDictionary = "/usr/share/hyphen/hyph_en_US.dic"
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private var cache: [Substring: String] = [:]

    /// nil when the dictionary is not installed: text is then simply not hyphenated.
    init?(path: String = Hyphenator.defaultDictionary) {
        guard FileManager.default.isReadableFile(atPath: path), let loaded = hnj_hyphen_load(path) else {
            return nil
        }
        dictionary = loaded
    }

    deinit { hnj_hyphen_free(dictionary) }

    func hyphenate(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var wordStart: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            let isLetter = c.isASCII && c.isLetter
            if isLetter {
                if wordStart == nil { wordStart = index }
            } else {
                if let start = wordStart { out += hyphenate(word: text[start..<index]); wordStart = nil }
                out.append(c)
            }
            index = text.index(after: index)
        }
        if let start = wordStart { out += hyphenate(word: text[start...]) }
        return out
    }

    private func hyphenate(word: Substring) -> String {
        // Monster "words" (glued text, identifiers) are left to Pango's character wrapping:
        // hyphenating them makes Pango 1.50 overshoot the line width by the hyphen.
        guard word.count >= 7, word.count <= 24 else { return String(word) }
        if let cached = cache[word] { return cached }
        let lower = Array(word.lowercased().utf8)
        var hyphens = [CChar](repeating: 0, count: lower.count + 5)
        var rep: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var pos: UnsafeMutablePointer<Int32>?
        var cut: UnsafeMutablePointer<Int32>?
        let status = lower.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                hnj_hyphen_hyphenate3(dictionary, chars.baseAddress, Int32(chars.count), &hyphens, nil,
                                      &rep, &pos, &cut, 3, 3, 3, 3)
            }
        }
        // Non-standard hyphenation (rep/pos/cut) never happens in English; free it if it did.
        if let rep {
            for i in 0..<lower.count { free(rep[i]) }
            free(rep)
        }
        free(pos)
        free(cut)
        guard status == 0 else { return String(word) }
        var result = ""
        for (offset, character) in word.enumerated() {
            result.append(character)
            if offset < word.count - 1, hyphens[offset] & 1 == 1 { result.append("\u{00AD}") }
        }
        cache[word] = result
        return result
    }
}
