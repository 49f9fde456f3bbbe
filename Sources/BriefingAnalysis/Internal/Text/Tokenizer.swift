/// Splits a line into tokens, scanning its UTF-8 bytes once.
///
/// Why bytes: the analysis must keep up with a million tokens a second, so it avoids regular
/// expressions, `NSString` bridging and per-character `Character` work. Rules: words keep inner
/// hyphens and apostrophes ("Co-operation", "O'Brien"); the possessive "'s" is split off (as in
/// CoNLL) so "Russia's Lavrov" yields two names; dotted abbreviations ("U.S.", "Mr.") stay one
/// token so they do not end sentences; numbers keep inner separators ("2024-12-05", "1,000").
enum Tokenizer {
    /// Abbreviations (lower case, no period) that take a period.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
        "sgt", "prof", "inc", "corp", "ltd", "vs", "etc", "jan", "feb", "aug", "sept", "oct",
        "nov", "dec", "capt", "cmdr", "adm", "rev", "hon", "messrs", "mt", "ft", "e.g", "i.e",
    ]

    /// `FunctionWords.flags` for a token's bytes, asked of every ASCII word: the same answers
    /// without building and hashing a `String` per token (every listed word is lower-case
    /// ASCII, so the table holds them all).
    static let functionWords = ByteKeyTable(FunctionWords.flags)

    static func tokenize(_ line: String) -> [Token] {
        var copy = line
        return copy.withUTF8 { tokenize($0) }
    }

    @inline(__always) static func isASCIILetter(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    /// Lead bytes of multi-byte letters (Latin, Greek, Cyrillic, CJK...); C2 and E2 are symbols.
    @inline(__always) static func isLetterLead(_ c: UInt8) -> Bool {
        (c >= 0xC3 && c <= 0xDF) || (c >= 0xE3 && c <= 0xF4)
    }
    @inline(__always) static func isContinuation(_ c: UInt8) -> Bool { c >= 0x80 && c <= 0xBF }

    static func tokenize(_ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        let n = b.count
        var out = [Token]()
        out.reserveCapacity(n / 5 + 4)
        var i = 0

        /// Is there a letter (ASCII or multi-byte) at `j`?
        @inline(__always) func letterAt(_ j: Int) -> Bool {
            j < n && (isASCIILetter(b[j]) || isLetterLead(b[j]))
        }
        /// Length of an apostrophe at `j` (1 for ', 3 for U+2019), 0 if none.
        @inline(__always) func apostropheAt(_ j: Int) -> Int {
            if j < n && b[j] == 0x27 { return 1 }
            if j + 2 < n && b[j] == 0xE2 && b[j + 1] == 0x80 && b[j + 2] == 0x99 { return 3 }
            return 0
        }

        while i < n {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1; continue }
            if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 { i += 2; continue }
            if c == 0xE2 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] >= 0x80 && b[i + 2] <= 0x8B {
                i += 3; continue                          // typographic spaces
            }
            // The possessive clitic after a word: 's / ’s followed by a non-letter.
            let ap = apostropheAt(i)
            if ap > 0, let last = out.last, last.end == i, last.kind == .word,
               i + ap < n, b[i + ap] == 0x73 || b[i + ap] == 0x53, !letterAt(i + ap + 1) {
                out.append(make(b, i, i + ap + 1, .word))
                i += ap + 1
                continue
            }
            if isASCIILetter(c) || isLetterLead(c) {
                let start = i
                i = skipLetter(b, i)
                while i < n {
                    let d = b[i]
                    if isASCIILetter(d) || isDigit(d) { i += 1; continue }
                    if isLetterLead(d) { i = skipLetter(b, i); continue }
                    if d == 0x2D, i + 1 < n, isASCIILetter(b[i + 1]) || isDigit(b[i + 1]) || isLetterLead(b[i + 1]) {
                        i += 1; continue                  // inner hyphen
                    }
                    let a = apostropheAt(i)
                    if a > 0, letterAt(i + a) {
                        // Stop before a possessive 's (split off next round); keep O'Brien, we're.
                        let s = b[i + a]
                        if (s == 0x73 || s == 0x53) && !letterAt(i + a + 1) { break }
                        i += a; continue
                    }
                    if d == 0x2E {                        // "."
                        let len = i - start
                        // Dotted initials: U.S., U.K., a.m.
                        if len == 1, i + 2 < n, isASCIILetter(b[i + 1]), b[i + 2] == 0x2E {
                            i += 1
                            while i + 1 < n, isASCIILetter(b[i]), b[i + 1] == 0x2E { i += 2 }
                            break
                        }
                        // A single capital initial ("George W. Bush") or a known abbreviation.
                        if len == 1 && b[start] >= 0x41 && b[start] <= 0x5A { i += 1; break }
                        if len <= 5 {
                            var low = [UInt8]()
                            for k in start..<i { low.append(b[k] | 0x20) }
                            if abbreviations.contains(String(decoding: low, as: UTF8.self)) { i += 1 }
                        }
                        break
                    }
                    break
                }
                out.append(make(b, start, i, .word))
                continue
            }
            if isDigit(c) {
                let start = i
                i += 1
                while i < n {
                    let d = b[i]
                    if isDigit(d) { i += 1; continue }
                    if (d == 0x2C || d == 0x2E || d == 0x3A || d == 0x2F || d == 0x2D), i + 1 < n, isDigit(b[i + 1]) {
                        i += 2; continue
                    }
                    break
                }
                // Ordinal or decade suffix: 5th, 1990s.
                var j = i
                while j < n, isASCIILetter(b[j]), j - i < 2 { j += 1 }
                if j > i, !letterAt(j) {
                    var suf = [UInt8]()
                    for k in i..<j { suf.append(b[k] | 0x20) }
                    let s = String(decoding: suf, as: UTF8.self)
                    if s == "st" || s == "nd" || s == "rd" || s == "th" || s == "s" { i = j }
                }
                out.append(make(b, start, i, .number))
                continue
            }
            // A Penn Treebank bracket in tokenised text ("-LRB-", "-RSB-") is one punctuation
            // mark, not the word "LRB" between dashes (which would read as an acronym, a name).
            if c == 0x2D, let length = treebankBracket(b, at: i) {
                out.append(make(b, i, i + length, .punct))
                i += length
                continue
            }
            // Punctuation: one scalar.
            let start = i
            i += 1
            while i < n, isContinuation(b[i]) { i += 1 }
            out.append(make(b, start, i, .punct))
        }
        return out
    }

    /// The length of a Penn Treebank bracket token at `i` ("-LRB-", "-RRB-", "-LSB-", "-RSB-",
    /// "-LCB-", "-RCB-"), when one stands there on its own.
    private static func treebankBracket(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 4 < b.count, b[i + 4] == 0x2D,
              b[i + 1] == 0x4C || b[i + 1] == 0x52,                    // L or R
              b[i + 2] == 0x52 || b[i + 2] == 0x53 || b[i + 2] == 0x43,  // R(ound), S(quare), C(urly)
              b[i + 3] == 0x42,                                          // B(racket)
              i + 5 == b.count || !(isASCIILetter(b[i + 5]) || isDigit(b[i + 5])) else { return nil }
        return 5
    }

    @inline(__always) private static func skipLetter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i + 1
        while j < b.count, isContinuation(b[j]) { j += 1 }
        return j
    }

    private static func make(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ kind: Token.Kind) -> Token {
        let slice = UnsafeBufferPointer(rebasing: b[s..<e])
        let text = String(decoding: slice, as: UTF8.self)
        var ascii = true
        var upper = 0, lowerCount = 0
        for c in slice {
            if c >= 0x80 { ascii = false; break }
            if c >= 0x41 && c <= 0x5A { upper += 1 } else if c >= 0x61 && c <= 0x7A { lowerCount += 1 }
        }
        let lower: String
        let capitalized: Bool
        let allCaps: Bool
        var flags: UInt8 = 0
        if ascii {
            // Most words have no capital: they share the text's storage instead of a copy.
            lower = upper == 0 ? text : String(unsafeUninitializedCapacity: slice.count) { buf in
                for (k, c) in slice.enumerated() { buf[k] = (c >= 0x41 && c <= 0x5A) ? c + 32 : c }
                return slice.count
            }
            if kind == .word { flags = functionWords.value(lowercasing: slice) ?? 0 }
            capitalized = kind == .word && (slice[0] >= 0x41 && slice[0] <= 0x5A || NameTagger.hasArticlePrefix(bytes: slice))
            allCaps = kind == .word && upper >= 2 && lowerCount == 0
        } else {
            lower = text.lowercased()
            let first = text.unicodeScalars.first!
            capitalized = kind == .word && first.properties.isUppercase
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            allCaps = kind == .word && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            if kind == .word { flags = FunctionWords.flags[lower] ?? 0 }
        }
        return Token(text: text, lower: lower, kind: kind, isCapitalized: capitalized,
                     isAllCaps: allCaps, start: s, end: e, word: -1,
                     stopFlags: flags)
    }
}
