/// Break opportunities in runs of text with none: a zero-width space after every
/// `longestRun` characters that hold no space, tab, newline or hyphen.
///
/// Why: Pango breaks a word too long for its line character by character, and does so at a
/// cost that grows with the square of the word's length: a 30 KB "word" from an article
/// (`&a;&a;…`, a run of digits, a pasted blob) held the layout for over thirty seconds. A
/// zero-width space is invisible and lets Pango break where it is, so lines cost what their
/// text costs. No real word or address comes near the length, so ordinary text is unchanged.
enum LongRuns {
    static let longestRun = 64

    static func breakable(_ text: String) -> String {
        guard text.utf8.count > longestRun, hasLongRun(text) else { return text }
        var out = String.UnicodeScalarView()
        var run = 0
        for scalar in text.unicodeScalars {
            out.append(scalar)
            if isBreak(scalar) {
                run = 0
            } else {
                run += 1
                if run == longestRun {
                    out.append("\u{200B}")
                    run = 0
                }
            }
        }
        return String(out)
    }

    private static func hasLongRun(_ text: String) -> Bool {
        var run = 0
        for scalar in text.unicodeScalars {
            run = isBreak(scalar) ? 0 : run + 1
            if run >= longestRun { return true }
        }
        return false
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "-", "\u{00AD}", "\u{200B}", "\u{2010}", "\u{2013}", "\u{2014}": return true
        default: return scalar.properties.isWhitespace
        }
    }
}
