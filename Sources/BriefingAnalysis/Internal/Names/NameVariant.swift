/// What two written forms of one name still share once titles and spelling habits are set aside.
///
/// Why: the same person is "Col. Gadhafi", "Moammar Gadhafi", "Muammar Qaddafi" and "Gaddafi";
/// titles say nothing about who is meant, and transliterations from Arabic, Russian or Chinese
/// differ in vowels, doubled letters, an "h" after a consonant and the letter chosen for one
/// sound (q/k/g, c/k). So forms are compared by their *core* (leading titles and honorifics
/// dropped) and by a consonant *skeleton* of each word (the first letter's class kept, vowels
/// and "h" after consonants dropped, doubled letters collapsed, q/k/c/g one letter, a leading
/// "al-"/"el-" article dropped). A final "y" is a vowel ("Sergey"), elsewhere a consonant, so
/// "Hayward" and "Howard" stay apart.
enum NameVariant {
    /// Abbreviated military and civil titles written before names ("Adm Thad Allen", "Col.
    /// Gadhafi"): person evidence, never part of the name.
    static let titleAbbreviations: Set<String> = [
        "adm", "col", "gen", "lt", "ltcol", "maj", "capt", "cpt", "sgt", "cpl", "pte", "cmdr", "cdr",
        "gov", "sen", "rep", "pres", "prez", "rev", "fr", "insp", "supt", "det", "amb", "sec", "atty",
        "hon", "rt",
    ]

    /// Is this word a title to set aside when matching ("President", "Mr", "Col.", "Lord")?
    static func isTitle(_ word: some StringProtocol) -> Bool {
        let key = NameKey.of(word)
        return PersonWords.roleWords.contains(key) || PersonWords.honorifics.contains(key)
            || titleAbbreviations.contains(key) || PersonWords.roleWords.contains(key + ".")
    }

    /// The form's words without leading titles ("Adm Thad Allen" -> "Thad Allen"), or the form
    /// itself when only titles would be left.
    static func core(_ tokens: [Substring]) -> [Substring] {
        var start = 0
        while start < tokens.count - 1, isTitle(tokens[start]) { start += 1 }
        return Array(tokens[start...])
    }

    /// The word without a leading Arabic article ("al-Assad" -> "Assad"), or nil when the word
    /// is the article alone ("al" of "Bashar al Assad").
    static func dropArticle(_ word: Substring) -> Substring? {
        let lower = word.lowercased()
        if lower == "al" || lower == "el" { return nil }
        for prefix in ["al-", "el-"] where lower.hasPrefix(prefix) && word.count > prefix.count + 1 {
            return word.dropFirst(prefix.count)
        }
        return word
    }

    /// The consonant skeleton of one word (see the type's comment): "Gadhafi", "Qaddafi",
    /// "Kadhafi" -> "kdf"; "Moammar", "Muammar" -> "mmr" with the first letter kept.
    static func skeleton(_ word: some StringProtocol) -> String {
        let letters = Array(word.lowercased().unicodeScalars.compactMap(fold))
        guard let first = letters.first else { return "" }
        var out: [Character] = [isVowel(first) ? "a" : unify(first)]
        var previous = out[0]
        for (i, c) in letters.enumerated().dropFirst() {
            if isVowel(c) || (c == "y" && i == letters.count - 1) || c == "w" && i == letters.count - 1 { previous = "a"; continue }
            // "h" after a consonant only marks how to say it ("dh", "kh", "th").
            if c == "h" && previous != "a" { continue }
            let u = unify(c)
            if u != previous { out.append(u) }
            previous = u
        }
        return String(out)
    }

    /// The skeleton key of a name's core: each word's skeleton, articles and particles dropped.
    static func key(_ tokens: [Substring]) -> String {
        core(tokens).compactMap(dropArticle).filter { !isParticle($0) }.map(skeleton).joined(separator: " ")
    }

    /// The last word of the core, article dropped: what a surname alone is compared with.
    /// A skeleton of fewer than three letters says too little ("Murray" -> "mr"): such a word is
    /// compared as written.
    static func surname(_ tokens: [Substring]) -> String? {
        guard let last = core(tokens).last.flatMap(dropArticle) else { return nil }
        let s = skeleton(last)
        return s.count >= 3 ? s : "=" + NameKey.of(last)
    }

    private static func isParticle(_ w: Substring) -> Bool {
        ["bin", "ibn", "van", "von", "de", "da", "del", "der", "la", "le"].contains(w.lowercased())
    }

    /// ASCII letter for a letter with a diacritic ("é" -> "e"); nil for other characters.
    private static func fold(_ s: Unicode.Scalar) -> Character? {
        if s.value >= 0x61 && s.value <= 0x7A { return Character(s) }
        switch s {
        case "à", "á", "â", "ã", "ä", "å", "ā": return "a"
        case "è", "é", "ê", "ë", "ē": return "e"
        case "ì", "í", "î", "ï", "ī": return "i"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ō": return "o"
        case "ù", "ú", "û", "ü", "ū": return "u"
        case "ç", "č": return "c"
        case "ñ": return "n"
        case "š", "ş": return "s"
        case "ž": return "z"
        default: return nil
        }
    }

    private static func isVowel(_ c: Character) -> Bool { "aeiou".contains(c) }

    /// One letter for letters transliterations swap for one sound.
    private static func unify(_ c: Character) -> Character {
        switch c {
        case "q", "c", "g": return "k"
        case "z": return "s"
        case "v": return "f"
        default: return c
        }
    }
}
