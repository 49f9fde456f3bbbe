import BriefingModel

/// Finds the days an article names.
///
/// Absolute forms: "December 5, 2024", "Dec. 5", "5 December 2024", "2024-12-05". Relative
/// forms ("yesterday", "today", "tomorrow", "on Monday", "last Friday") and dates without a
/// year are resolved against the article's own publication day, and only when it has one:
/// a date the text does not pin down is dropped, never guessed.
enum DateExtractor {
    static func find(_ sentences: [Sentence], published: Day?) -> [FoundDate] {
        var out: [FoundDate] = []
        for s in sentences where !s.isTitle {
            let T = s.tokens
            var k = 0
            while k < T.count {
                let t = T[k]
                if t.kind == .number, let d = iso(t.text) {
                    out.append(FoundDate(day: d, sentence: s.text, relative: false)); k += 1; continue
                }
                if t.kind == .word, let month = CalendarWords.months[t.lower], t.isCapitalized {
                    // Month Day[,] [Year]
                    if k + 1 < T.count, let day = dayNumber(T[k + 1]) {
                        var year: Int? = nil
                        var next = k + 2
                        if next < T.count, T[next].text == "," { next += 1 }
                        if next < T.count, let y = yearNumber(T[next]) { year = y; next += 1 }
                        if t.lower == "may" && !t.isCapitalized { k += 1; continue }
                        if let d = resolve(year: year, month: month, day: day, published: published) {
                            out.append(FoundDate(day: d, sentence: s.text, relative: year == nil))
                        }
                        k = next; continue
                    }
                    // Day Month [Year]
                    if k >= 1, let day = dayNumber(T[k - 1]) {
                        var year: Int? = nil
                        var next = k + 1
                        if next < T.count, let y = yearNumber(T[next]) { year = y; next += 1 }
                        if t.lower == "may" && !t.isCapitalized { k += 1; continue }
                        if let d = resolve(year: year, month: month, day: day, published: published) {
                            out.append(FoundDate(day: d, sentence: s.text, relative: year == nil))
                        }
                        k = next; continue
                    }
                }
                if let pub = published, t.kind == .word {
                    switch t.lower {
                    case "yesterday": out.append(FoundDate(day: pub.adding(days: -1), sentence: s.text, relative: true))
                    case "today": out.append(FoundDate(day: pub, sentence: s.text, relative: true))
                    case "tomorrow": out.append(FoundDate(day: pub.adding(days: 1), sentence: s.text, relative: true))
                    default:
                        if t.isCapitalized, let wd = CalendarWords.weekdays[t.lower] {
                            let prev = k > 0 ? T[k - 1].lower : ""
                            let pubWeekday = ((pub.ordinal % 7) + 7 + 3) % 7   // 1970-01-01 was a Thursday (3)
                            var delta = wd - pubWeekday
                            if prev == "next" {
                                if delta <= 0 { delta += 7 }
                            } else {
                                if delta > 0 { delta -= 7 }
                                if prev == "last" && delta == 0 { delta = -7 }
                            }
                            out.append(FoundDate(day: pub.adding(days: delta), sentence: s.text, relative: true))
                        }
                    }
                }
                k += 1
            }
        }
        return out
    }

    static func iso(_ text: String) -> Day? {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        return Day(iso: text)
    }

    static func dayNumber(_ t: Token) -> Int? {
        guard t.kind == .number else { return nil }
        var digits = 0
        var v = 0
        for c in t.text.utf8 {
            if c >= 0x30 && c <= 0x39 { v = v * 10 + Int(c - 0x30); digits += 1 } else if c == 0x2C || c == 0x2E || c == 0x3A || c == 0x2F || c == 0x2D { return nil } else { break }
        }
        guard digits >= 1 && digits <= 2, (1...31).contains(v) else { return nil }
        return v
    }

    static func yearNumber(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 4, let y = Int(t.text), (1800...2199).contains(y) else { return nil }
        return y
    }

    /// A year-less date is placed in the year that puts it nearest the publication day.
    static func resolve(year: Int?, month: Int, day: Int, published: Day?) -> Day? {
        if let y = year { return Day(year: y, month: month, day: day) }
        guard let pub = published else { return nil }
        var best: Day? = nil
        for y in [pub.year - 1, pub.year, pub.year + 1] {
            guard let d = Day(year: y, month: month, day: day) else { continue }
            if best == nil || abs(d.ordinal - pub.ordinal) < abs(best!.ordinal - pub.ordinal) { best = d }
        }
        return best
    }
}
