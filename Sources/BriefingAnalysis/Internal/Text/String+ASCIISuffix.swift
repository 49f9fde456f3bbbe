extension String {
    /// The same answer as `hasSuffix(suffix)`, for an ASCII suffix, but a mismatch is found by
    /// comparing bytes instead of characters.
    ///
    /// Why: the suffix tests of the key-phrase and stemming rules run for every word of every
    /// article, and almost all of them fail; `hasSuffix` compares grapheme clusters, which is
    /// slow. A character equal (canonically) to an ASCII one other than "K", ";" and "`" is that
    /// byte, so a byte mismatch means `hasSuffix` is false; a byte match is confirmed by
    /// `hasSuffix` itself, so the answer is always the same.
    @inline(__always) func hasASCIISuffix(_ suffix: StaticString) -> Bool {
        let s = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        let u = utf8
        guard u.count >= s.count else { return false }
        var i = u.endIndex
        var j = s.count
        while j > 0 {
            u.formIndex(before: &i)
            j -= 1
            if u[i] != s[j] { return false }
        }
        return hasSuffix(suffix.description)
    }
}
