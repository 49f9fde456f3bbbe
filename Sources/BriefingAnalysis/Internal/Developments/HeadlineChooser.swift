import Foundation

/// Picks the headline of a story: the member title that best stands for the whole cluster.
///
/// Why: the central article's title is often not a headline at all -- feeds and scraped pages
/// put a byline ("By the CNN Wire Staff"), a time stamp ("Friday 11 June 2010 22.16 BST",
/// "Page last updated at 11:14 GMT") or a caption run into the headline on the title line. So
/// every member's title is cleaned of a leading stamp, bylines and stamps alone are refused,
/// and among the rest the title sharing most of the story's common words wins, short titles
/// favoured (a headline is read at a glance; a title line that carries a whole paragraph is a
/// page's text, not its headline).
enum HeadlineChooser {
    /// Words a headline runs to before it is cut: a line of a front page, and the length of a
    /// newspaper headline with its subject, verb and object.
    static let maxWords = 12
    /// Titles considered: the most central members speak for the story.
    static let considered = 12

    /// - Parameters:
    ///   - titles: member titles, most central first.
    ///   - storyWords: content stems and how many members use them.
    static func choose(_ titles: [String], storyWords: [String: Int]) -> String? {
        chooseWithIndex(titles, storyWords: storyWords)?.text
    }

    /// The headline and the index of the title it comes from.
    static func chooseWithIndex(_ titles: [String], storyWords: [String: Int]) -> (text: String, index: Int)? {
        var best: (text: String, score: Double, index: Int)?
        for (rank, raw) in titles.prefix(considered).enumerated() {
            let title = cleaned(raw)
            guard !title.isEmpty, !isByline(title) else { continue }
            let stems = contentStems(title)
            guard !stems.isEmpty else { continue }
            let shared = stems.reduce(0.0) { $0 + Double(storyWords[$1] ?? 0) }
            let words = title.split(separator: " ").count
            let long = words > maxWords ? Double(maxWords) / Double(words) : 1
            let score = shared / Double(stems.count).squareRoot() * long / (1 + 0.05 * Double(rank))
            if best == nil || score > best!.score { best = (title, score, rank) }
        }
        return best.map { (shortened($0.text), $0.index) }
    }

    /// Content stems of a line, each once.
    static func contentStems(_ text: String) -> Set<String> {
        Set(Tokenizer.tokenize(text).filter { $0.kind == .word && $0.lower.utf8.count > 2 && !FunctionWords.isStop($0.lower) }
            .map { Stemmer.stem($0.lower) })
    }

    /// A title line without its time stamps: one at the start is dropped ("9 November 2011 Last
    /// updated at 10:48 GMT Help The family..." -> "The family..."), and one further on ends the
    /// headline ("BP oil spill caused by a 'failure of management' 6 January 2011 Last updated
    /// ..." -> "BP oil spill caused by a 'failure of management'"): what follows a stamp on a
    /// title line is the page's text. A stamp is a run of numbers, month and weekday names,
    /// clock zones and the words around them ("Last updated at"), holding a number and a month
    /// or a clock zone.
    static func cleaned(_ title: String) -> String {
        var words = withoutBylineBar(title.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init))
        if let stamp = stampEnd(words, from: 0) { words.removeFirst(stamp.end) }
        // Further on, only a page's stamp (a clock, or "updated"): "on 5 June" is news.
        for start in words.indices.dropFirst(3) where stampEnd(words, from: start)?.clock == true {
            words.removeLast(words.count - start)
            break
        }
        return words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// Where a stamp starting at `start` ends (exclusive), and whether it holds a clock time,
    /// a zone or a page's words ("updated"); nil when no stamp starts there.
    static func stampEnd(_ words: [String], from start: Int) -> (end: Int, clock: Bool)? {
        var end = start, number = false, calendar = false, clock = false
        for (i, w) in words[start...].enumerated() {
            let bare = Self.bare(w)
            if clock && number && Self.namesZone(words, at: start + i) {
                calendar = true
            } else if bare.isEmpty || stampWords.contains(bare) {
                // Small words only inside a stamp: "at" or "on" alone opens none.
                let opener = pageWords.contains(bare)
                if end == start && !bare.isEmpty && !opener { return nil }
                clock = clock || opener
            } else if bare.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) {
                number = true
                clock = clock || bare.contains(":") || bare.contains(".")
            } else if CalendarWords.months[bare] != nil || CalendarWords.weekdays[bare] != nil || zones.contains(bare) {
                calendar = true
                clock = clock || zones.contains(bare)
            } else {
                break
            }
            end += 1
        }
        return number && calendar ? (end, clock) : nil
    }

    /// A word as a stamp is read: lower-cased, without the punctuation around it.
    static func bare(_ word: String) -> String {
        word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()|-\u{2013}\u{2014}"))
    }

    /// After a clock, a zone written as words: "UK time", "local time", "time" itself -- a
    /// short capitalised or lower-case word followed by "time", or "time".
    static func namesZone(_ words: [String], at i: Int) -> Bool {
        let word = bare(words[i])
        if word == "time" { return true }
        guard i + 1 < words.count, bare(words[i + 1]) == "time", word.count <= 8 else { return false }
        return word.allSatisfy(\.isLetter)
    }

    /// A title line whose text starts after a "|" that follows the writer's name: "Clare Spencer
    /// | 09:26 UK time, Friday, 11 June 2010 Commentators discuss ..." -- the part before the bar
    /// is a byline when a stamp follows it.
    static func withoutBylineBar(_ words: [String]) -> [String] {
        guard let bar = words.prefix(6).firstIndex(of: "|"), bar > 0, bar + 1 < words.count,
              stampEnd(words, from: bar + 1) != nil else { return words }
        return Array(words[(bar + 1)...])
    }

    /// "By Jane Smith", "By the CNN Wire Staff": who wrote it, not what happened.
    static func isByline(_ title: String) -> Bool {
        let words = title.split(separator: " ")
        guard let first = words.first?.lowercased() else { return true }
        return first == "by" && words.count <= 8
    }

    /// The headline's first sentence, cut at a word when still longer than `maxWords`.
    static func shortened(_ title: String) -> String {
        var text = title
        if text.split(separator: " ").count > maxWords,
           let first = SentenceSplitter.split(title: "", body: text).first(where: { !$0.isTitle })?.text {
            text = first
        }
        let words = text.split(separator: " ")
        guard words.count > maxWords else { return text }
        var cut = words.prefix(maxWords).joined(separator: " ")
        while let last = cut.last, ",;:-\u{2013}\u{2014}".contains(last) { cut.removeLast() }
        return cut + "\u{2026}"
    }

    /// Words that sit inside a page's time stamp ("Last updated at ... GMT", "Published").
    static let stampWords: Set<String> = ["page", "last", "updated", "update", "at", "on", "published", "posted",
                                          "help", "am", "pm", "a.m", "p.m"]
    /// Words that open a page's stamp ("Page last updated at", "Published").
    static let pageWords: Set<String> = ["page", "last", "updated", "published", "posted"]
    /// Clock zones written after a time.
    static let zones: Set<String> = ["gmt", "bst", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "et"]
}
