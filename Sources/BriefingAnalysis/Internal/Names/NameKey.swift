/// The key names are compared by: lower case, periods dropped, typographic apostrophes folded,
/// a trailing possessive removed ("U.S." and "US" -> "us"; "Russia's" -> "russia").
///
/// Why: spelling variants that differ only in punctuation or case are the same name; everything
/// that merges names (gazetteers, alias merging) goes through this one function.
enum NameKey {
    static func of(_ name: some StringProtocol) -> String {
        // Fast path: already a key (lower-case ASCII, no periods, no possessive).
        var plain = true
        for b in name.utf8 where (b >= 0x41 && b <= 0x5A) || b == 0x2E || b >= 0x80 || b == 0x27 || b == 0x20 {
            plain = false; break
        }
        if plain { return String(name) }
        var out = [UInt8]()
        out.reserveCapacity(name.utf8.count)
        var ascii = true
        for b in name.utf8 {
            if b == 0x2E { continue }                       // "."
            if b >= 0x80 { ascii = false }
            out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        var s = String(decoding: out, as: UTF8.self)
        if !ascii {
            s = s.replacingAll("\u{2019}", with: "'").lowercased()
        }
        if s.hasSuffix("'s") { s.removeLast(2) }
        return s.trimmingSpaces
    }
}

extension String {
    /// Replaces every occurrence of a character (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(self.map { $0 == target ? replacement : $0 })
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces (ASCII), without Foundation.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
