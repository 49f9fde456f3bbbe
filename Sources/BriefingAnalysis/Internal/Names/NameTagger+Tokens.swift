/// Token-level evidence: lookup keys, shapes, which tokens may start or continue a name.
extension NameTagger {
    /// The lower-cased lookup key (periods dropped from dotted abbreviations) and the shape.
    @inline(__always) static func keyAndShape(_ tok: String) -> (String, Shape) {
        var shape: Shape = []
        var upper = 0, lower = 0, digits = 0, dots = 0
        var ascii = true
        for b in tok.utf8 {
            if b >= 0x41 && b <= 0x5A { upper += 1 }
            else if b >= 0x61 && b <= 0x7A { lower += 1 }
            else if b >= 0x30 && b <= 0x39 { digits += 1 }
            else if b == 0x2E { dots += 1; shape.insert(.dotted) }
            else if b >= 0x80 { ascii = false }
        }
        let first = tok.utf8.first ?? 0
        if !ascii {
            if let c = tok.first, c.isLetter {
                shape.insert(.letter)
                if c.isUppercase { shape.insert(.cap) } else { shape.insert(.lowerStart) }
            }
            return (tok.lowercased(), shape)
        }
        if upper + lower > 0 { shape.insert(.letter) }
        if upper >= 2 && lower == 1 && tok.utf8.last == 0x73 && upper + 1 == tok.utf8.count { shape.insert(.pluralCaps) }
        if first >= 0x41 && first <= 0x5A {
            shape.insert(.cap)
            if lower == 0 && upper >= 2 { shape.insert(.allCaps) }
        } else if first >= 0x61 && first <= 0x7A {
            // "al-Assad", "el-Sisi": a lower-case Arabic article before a capitalised name.
            shape.insert(hasArticlePrefix(tok) ? .cap : .lowerStart)
        } else if digits > 0 && digits <= 3 && digits == tok.utf8.count {
            shape.insert(.number)
        }
        let dropDots = upper + lower > 0 && dots > 0
        if upper == 0 && !dropDots { return (tok, shape) }
        let n = tok.utf8.count - (dropDots ? dots : 0)
        let key = String(unsafeUninitializedCapacity: n) { buf in
            var w = 0
            for b in tok.utf8 {
                if dropDots && b == 0x2E { continue }
                buf[w] = (b >= 0x41 && b <= 0x5A) ? b + 32 : b
                w += 1
            }
            return w
        }
        return (key, shape)
    }

    /// Does the word start with a lower-case Arabic article and a hyphen before a capital
    /// ("al-Assad", "el-Sisi")? Such a word is a name however its first letter is written.
    @inline(__always) static func hasArticlePrefix(_ tok: some StringProtocol) -> Bool { hasArticlePrefix(bytes: tok.utf8) }

    /// `hasArticlePrefix` on a word's UTF-8 bytes (the tokenizer holds them, and asks every word).
    @inline(__always) static func hasArticlePrefix(bytes: some Sequence<UInt8>) -> Bool {
        var u = bytes.makeIterator()
        guard let a = u.next(), let l = u.next(), u.next() == 0x2D, let c = u.next() else { return false }
        return (a == 0x61 || a == 0x65) && l == 0x6C && c >= 0x41 && c <= 0x5A
    }

    /// Classes of a word that make it more than a person's name: a dictionary word, a place, a
    /// nationality, a body's word.
    static let notPersonWord: NameClass = [.common, .role, .demonym, .country, .place, .orgHead, .orgAcronym,
                                           .organization, .eventHead, .placeHead, .party]

    /// "I", and "I'm", "I'll" where the text keeps the contraction whole: the pronoun's capital.
    @inline(__always) static func isFirstPerson(_ key: String) -> Bool {
        var u = key.utf8.makeIterator()
        guard u.next() == 0x69 else { return false }
        guard let second = u.next() else { return true }
        return second == 0x27 || second == 0xE2 && key.hasPrefix("i\u{2019}")
    }

    /// A token after which the next word starts a sentence-like unit (its capital says little).
    @inline(__always) static func opensSentence(_ t: String) -> Bool {
        // Most tokens are words: one byte test spares them the string comparisons below.
        guard let f = t.utf8.first, f < 0x41 || f == 0x5B || f == 0x60 else { return false }
        switch t {
        case "\"", "'", "`", "``", "(", "[", "-", "--", ":", ";", ".", "?", "!", "...": return true
        default: return false
        }
    }

    /// - Parameters:
    ///   - lowerSeen, capSeen: does the document write token `k`'s word in lower case elsewhere,
    ///     or capitalised where the capital means something (not a sentence start, no headline)?
    func isCandidate(_ k: Int, _ keys: [String], _ classes: [NameClass], _ shapes: [Shape],
                     lowerSeen: Bool, capSeen: Bool) -> Bool {
        let sh = shapes[k]
        guard sh.contains(.cap), !sh.contains(.pluralCaps) else { return false }
        let c = classes[k]
        let key = keys[k]
        if c.contains(.calendar) || c.contains(.honorific) || Self.isFirstPerson(key) { return false }
        if key.utf8.count == 1 {
            // An initial ("C." of "C. Lewis") belongs to the name after it; a lone letter is none.
            guard k + 1 < shapes.count, sh.contains(.dotted) else { return false }
            // (The next token's `.initial` bit also rules out the next sentence's first word.)
            return shapes[k + 1].contains(.cap) && !shapes[k + 1].contains(.initial)
                && classes[k + 1].isDisjoint(with: [.closed, .calendar])
        }
        let strongKnown: NameClass = [.country, .place, .demonym, .orgAcronym]
        if sh.contains(.headline) {
            if !c.isDisjoint(with: strongKnown) || capSeen { return true }
            if c.contains(.closed) || c.contains(.common) { return false }
            return true
        }
        if sh.contains(.initial) {
            if !c.isDisjoint(with: strongKnown) { return true }
            if c.contains(.closed) { return false }
            if capSeen && !lowerSeen { return true }
            if c.contains(.common) || lowerSeen {
                // A head word that "of" continues ("Organization for Security ...", "Bank of
                // England") starts a name when a capitalised word follows the "of".
                if c.contains(.ofHead), k + 2 < shapes.count, keys[k + 1] == "of" || keys[k + 1] == "for",
                   shapes[k + 2].contains(.cap) && !shapes[k + 2].contains(.initial) { return true }
                guard k + 1 < shapes.count else { return false }
                let n = shapes[k + 1]
                let nameFollows = n.contains(.cap) && !n.contains(.initial) && !classes[k + 1].contains(.closed)
                // A given name that is also a word ("Bill") starts a name when a name follows;
                // so does a word the document never writes in lower case before a word that no
                // list knows as anything but a name ("Brad Adams"): the capital is then the
                // name's, not the sentence's. ("Former England", "Three Russian" are no names.)
                if c.contains(.given) || c.contains(.title) { return nameFollows }
                return !lowerSeen && nameFollows && classes[k + 1].isDisjoint(with: Self.notPersonWord)
            }
            return true
        }
        if c.contains(.closed) && !sh.contains(.allCaps) { return false }
        return !isTableWord(keys[k], c)
    }

    /// "M1", "C-4", "Year-on-year", "T-bills": codes and hyphenated common words, not names.
    func isTableWord(_ key: String, _ c: NameClass) -> Bool {
        guard c.isEmpty || c == .common else { return false }
        var digit = false, hyphen = false
        for b in key.utf8 {
            if b >= 0x30 && b <= 0x39 { digit = true } else if b == 0x2D { hyphen = true }
        }
        if digit { return true }
        guard hyphen else { return false }
        return key.split(separator: "-").allSatisfy { part in
            let pc = lexicon.classOf(String(part))
            return part.utf8.count == 1 || pc.contains(.common) && pc.isDisjoint(with: NameClass.known)
        }
    }

    /// "co-operation", "self-government": a hyphenated word ending in a dictionary word, which
    /// long organisation names carry after "and" like any other common word.
    func isDictionaryCompound(_ key: String) -> Bool {
        guard key.utf8.contains(0x2D), let last = key.split(separator: "-").last else { return false }
        let c = lexicon.classOf(String(last))
        return c.contains(.common) && c.isDisjoint(with: NameClass.known)
    }

    /// May the non-candidate token at `j` join the run `i..<j` to the candidate after it?
    func joins(_ base: Int, _ i: Int, _ j: Int, _ keys: [String], _ classes: [NameClass],
               _ shapes: [Shape]) -> Bool {
        let key = keys[base + j]
        if key == "&" { return true }
        let c = classes[base + j]
        if c.contains(.particle) && shapes[base + j].contains(.lowerStart) && key != "de" || key == "de" && j > i {
            return !classes[base + j + 1].contains(.closed)
        }
        if key == "of" || key == "for" {
            for k in i..<j where classes[base + k].contains(.ofHead) { return true }
        }
        // Inside an organisation's long name already joined over "of"/"for", before a dictionary
        // word or a place: "Organisation for Security and Cooperation in Europe".
        // ("and" only after "for": "Bank of England and Acme" are two names.)
        if key == "and" || key == "in" {
            let inside = (i..<j).contains { keys[base + $0] == "for" || key == "in" && keys[base + $0] == "of" }
                && (i..<j).contains { classes[base + $0].contains(.orgHead) }
            let next = classes[base + j + 1]
            let nextIsWord = next.contains(.common) && next.isDisjoint(with: NameClass.known)
                || isDictionaryCompound(keys[base + j + 1])
            if inside && (key == "in" || nextIsWord) { return true }
        }
        return false
    }
}
