import BriefingSupport

/// Splits an article into headings and sentences.
///
/// Why these rules: news text from the web mixes real sentences with headings ("The Malta
/// Moment: Setting the Stage"), bullet lines and run-in heads ("Understanding the OSCE's Role:
/// The OSCE serves..."). A line is a heading when it lacks final punctuation and is short or
/// Title Case; a Title Case run before a colon at the start of a line is a run-in head.
/// Sentences end at . ! ? followed by a capital, a digit or a quote; dotted abbreviations are
/// single tokens (see `Tokenizer`) so "U.S. officials" does not split. A line that runs a
/// caption or headline into the next sentence without a full stop ("... through negligence His
/// comments echoed ...") splits there too (`RunOnSentence`); the unfinished part is kept as a
/// heading, since it is no sentence to quote or summarise.
enum SentenceSplitter {
    static func split(title: String, body: String) -> [Sentence] {
        var out: [Sentence] = []
        let titleTokens = Tokenizer.tokenize(title)
        if !titleTokens.isEmpty {
            out.append(Sentence(text: title.trimmingSpaces, tokens: titleTokens, paragraph: 0, index: 0,
                                isHeading: true, isTitle: true))
        }
        var paragraph = 0
        var index = 0
        var body = body
        body.withUTF8 { all in
        var lineStart = 0
        while lineStart < all.count {
            var lineEnd = lineStart
            while lineEnd < all.count, all[lineEnd] != 0x0A, all[lineEnd] != 0x0D { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            if lineEnd == lineStart { continue }
            let buf = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
            let tokens = Tokenizer.tokenize(buf)
            if tokens.isEmpty { continue }
            paragraph += 1
            func text(_ a: Int, _ b: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: buf[tokens[a].start..<tokens[b].end]), as: UTF8.self)
            }
            if isHeading(tokens) {
                out.append(Sentence(text: text(0, tokens.count - 1), tokens: tokens, paragraph: paragraph,
                                    index: index, isHeading: true, isTitle: false))
                index += 1
                continue
            }
            var from = 0
            if let end = repeatedTitleEnd(tokens, title: titleTokens) {
                out.append(Sentence(text: text(0, end - 1), tokens: Array(tokens[0..<end]), paragraph: paragraph,
                                    index: index, isHeading: true, isTitle: false))
                index += 1
                from = end
            } else if let colon = runInHeadEnd(tokens) {
                out.append(Sentence(text: text(0, colon - 1), tokens: Array(tokens[0..<colon]), paragraph: paragraph,
                                    index: index, isHeading: true, isTitle: false))
                index += 1
                from = colon + 1
            }
            var start = from
            var k = from
            while k < tokens.count {
                let runsOn = runsOn(tokens, k) || endsShout(tokens, from: start, at: k)
                if runsOn || endsSentence(tokens, k) {
                    var end = k
                    while end + 1 < tokens.count, isCloser(tokens[end + 1]) { end += 1 }
                    out.append(Sentence(text: text(start, end),
                                        tokens: start == 0 && end == tokens.count - 1 ? tokens : Array(tokens[start...end]),
                                        paragraph: paragraph, index: index, isHeading: runsOn, isTitle: false))
                    index += 1
                    start = end + 1
                    k = end + 1
                    continue
                }
                k += 1
            }
            if start < tokens.count {
                // A line that is one sentence keeps its token array (no copy).
                out.append(Sentence(text: text(start, tokens.count - 1), tokens: start == 0 ? tokens : Array(tokens[start...]),
                                    paragraph: paragraph, index: index, isHeading: false, isTitle: false))
                index += 1
            }
        }
        }
        return out
    }

    /// A line that opens with the article's own headline and runs on ("Doctor faces four years in
    /// prison if convicted A US judge has delayed ..."): where the headline's words end. Pages
    /// repeat the headline over the text, and scraped text loses the line break between them;
    /// the headline is then a heading, not the start of a sentence to quote. Nil when the line
    /// does not start so, is the headline alone, or the headline is under
    /// `minimumRepeatedTitle` words or was cut short ("…": a title taken from the text where no
    /// end was found, so its last word may belong to the sentence).
    static func repeatedTitleEnd(_ tokens: [Token], title: [Token]) -> Int? {
        guard title.last?.text != "\u{2026}" else { return nil }
        guard title.filter({ $0.kind == .word }).count >= minimumRepeatedTitle, tokens.count > title.count + 1 else { return nil }
        for (t, h) in zip(tokens, title) where t.text != h.text { return nil }
        return title.count
    }

    /// Headline words a repeated headline needs before it is split off (`repeatedTitleEnd`): a
    /// two-word headline ("Oil spill") may well open a sentence of the text.
    static let minimumRepeatedTitle = 4

    static let enders: Set<String> = [".", "!", "?", "\u{2026}"]
    static let closers: Set<String> = ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"]

    @inline(__always) static func isCloser(_ t: Token) -> Bool { t.kind == .punct && isCloserText(t.text) }

    /// `closers.contains(text)`, asked of every token: only a string of one or three bytes
    /// starting as a closer does can be one (no other string equals a closer), so most tokens
    /// are answered without hashing.
    @inline(__always) static func isCloserText(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count == 1 || u.count == 3, let f = u.first,
              f == 0x22 || f == 0x27 || f == 0x29 || f == 0x5D || f == 0xE2 else { return false }
        return closers.contains(text)
    }

    /// `enders.contains(text)`, without hashing most tokens (as `isCloserText`).
    @inline(__always) static func isEnderText(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count == 1 || u.count == 3, let f = u.first,
              f == 0x2E || f == 0x21 || f == 0x3F || f == 0xE2 else { return false }
        return enders.contains(text)
    }

    /// Does the sentence end after token `k`?
    static func endsSentence(_ tokens: [Token], _ k: Int) -> Bool {
        var next = k + 1
        if tokens[k].kind == .punct && isEnderText(tokens[k].text) {
            while next < tokens.count, isCloser(tokens[next]) || (tokens[next].kind == .punct && isEnderText(tokens[next].text)) {
                next += 1
            }
            if next >= tokens.count { return false }   // the line's end closes it anyway
            if next - 1 != k && !isEnderText(tokens[next - 1].text) && !isCloser(tokens[next - 1]) { return false }
            let n = tokens[next]
            // ".00" written against its point is a decimal or a clock ("5 .00 pm" in tokenised
            // text), not a sentence's end.
            if n.kind == .number && n.start == tokens[next - 1].end { return false }
            if n.kind == .punct && !(n.text == "\"" || n.text == "\u{201C}" || n.text == "(" || n.text == "-") { return false }
            if next - 1 > k { return true && startsSentence(n) }
            return startsSentence(n)
        }
        // "... the U.S. The next day": an abbreviation followed by a capitalised function word.
        // (Only a text whose last byte is a period can end with one.)
        if tokens[k].kind == .word, tokens[k].text.utf8.last == 0x2E, tokens[k].text.hasSuffix("."), next < tokens.count {
            let n = tokens[next]
            return n.isCapitalized && n.isClosed
        }
        return false
    }

    /// Does an unpunctuated line run on into a new sentence after token `k`?
    static func runsOn(_ tokens: [Token], _ k: Int) -> Bool {
        if opensDatedEntry(tokens, after: k) { return true }
        // Every opener `RunOnSentence` knows is a function or common word (`isStop`): other
        // words are turned away before building substrings and hashing them.
        guard k + 2 < tokens.count, tokens[k + 1].isCapitalized, tokens[k + 1].isStop else { return false }
        let (previous, word, following) = (Substring(tokens[k].text), Substring(tokens[k + 1].text), Substring(tokens[k + 2].text))
        if tokens[k].kind == .word, !tokens[k].isCapitalized {
            return RunOnSentence.opens(at: word, after: previous, before: following)
        }
        guard tokens[k].kind == .word || tokens[k].kind == .number, tokens[k + 2].kind == .word else { return false }
        return RunOnSentence.opens(at: word, afterCapitalOrNumber: previous, before: following)
    }

    /// "NEW CAP FOR LEAKING OIL WELL Once the test is under way ...": a headline or caption in
    /// capitals pasted before a sentence. Why at least three shouted words, from the sentence's
    /// start, before a word in mixed case: one or two capitalised words are an acronym or a
    /// name ("BBC News", "US Coast Guard"), while a run of them opening a line is a heading.
    static func endsShout(_ tokens: [Token], from start: Int, at k: Int) -> Bool {
        guard k + 1 < tokens.count, k - start + 1 >= RunOnSentence.minimumShouted, tokens[k + 1].kind == .word,
              tokens[k + 1].isCapitalized, hasLowercase(tokens[k + 1].text)
        else { return false }
        var shouted = 0
        for t in start...k {
            if tokens[t].kind == .word, RunOnSentence.isShouted(Substring(tokens[t].text)) {
                if characterCount(tokens[t].text) >= 2 { shouted += 1 }
            } else if tokens[t].kind == .word || tokens[t].kind == .number {
                return false
            }
        }
        return shouted >= RunOnSentence.minimumShouted
    }

    /// Does the text contain a lower-case character? In ASCII text (most words) the lower-case
    /// characters are the bytes a-z, so no `Character` is formed; other text asks `Character`.
    static func hasLowercase(_ text: String) -> Bool {
        var lower = false
        for b in text.utf8 {
            if b >= 0x80 { return text.contains(where: \.isLowercase) }
            if b >= 0x61 && b <= 0x7A { lower = true }
        }
        return lower
    }

    /// `text.count`, by bytes for ASCII text (one character a byte, but for a CR LF pair,
    /// which no token holds).
    static func characterCount(_ text: String) -> Int {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
    }

    /// "... throughout the trial 29 September 2011 Jackson's bodyguard testifies ...": a
    /// chronology's entries pasted together, each opening with its full date. Why a full date
    /// after a lower-case word that is no function word, then a capital: in prose a date follows
    /// a preposition ("on 29 September 2011"), while a noun followed by a date and a new
    /// capitalised subject is one entry ending and the next beginning.
    static func opensDatedEntry(_ tokens: [Token], after k: Int) -> Bool {
        // The number is tested before the word's last letter: it rules out almost every word
        // without forming a `Character`.
        guard k + 4 < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isClosed,
              tokens[k + 1].kind == .number, tokens[k].text.last?.isLetter == true,
              let day = Int(tokens[k + 1].text), (1...31).contains(day),
              tokens[k + 2].isCapitalized, CalendarWords.months[tokens[k + 2].text.lowercased()] != nil,
              tokens[k + 3].kind == .number, tokens[k + 3].text.count == 4,
              tokens[k + 4].isCapitalized, tokens[k + 4].kind == .word
        else { return false }
        return true
    }

    @inline(__always) static func startsSentence(_ t: Token) -> Bool {
        t.isCapitalized || t.kind == .number || t.kind == .punct
    }

    /// A line is a heading when it has no final punctuation and is short or Title Case, or is
    /// a short Title Case question ("What Was on the Agenda?").
    static func isHeading(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last else { return false }
        // Counted in place: every line of every article is asked, and copying its words out
        // copied each token.
        var words = 0
        for k in tokens.indices where tokens[k].kind == .word { words += 1 }
        if words == 0 || words > 20 { return false }
        let endPunct = last.kind == .punct && (isEnderText(last.text) || last.text == ":" || last.text == ";"
                                               || last.text == "," || isCloser(last))
        if !endPunct { return words <= 8 || isTitleCase(tokens, wordsIn: tokens.indices) }
        return (last.text == "?" || last.text == "!") && words <= 14 && isTitleCase(tokens, wordsIn: tokens.indices)
    }

    /// Most content words of the line's words in `range` capitalised (other tokens are skipped
    /// in place, not copied out).
    static func isTitleCase(_ tokens: [Token], wordsIn range: Range<Int>) -> Bool {
        var content = 0, caps = 0
        for k in range where tokens[k].kind == .word && !tokens[k].isClosed {
            content += 1
            if tokens[k].isCapitalized { caps += 1 }
        }
        return content >= 2 && Double(caps) >= 0.75 * Double(content)
    }

    /// The index of the colon ending a Title Case run-in head at the start of a line.
    static func runInHeadEnd(_ tokens: [Token]) -> Int? {
        let limit = min(tokens.count - 1, 10)
        guard limit >= 2 else { return nil }
        for k in 1...limit where tokens[k].kind == .punct {
            guard tokens[k].text == ":" else { return nil }
            return isTitleCase(tokens, wordsIn: 0..<k) ? k : nil
        }
        return nil
    }
}
