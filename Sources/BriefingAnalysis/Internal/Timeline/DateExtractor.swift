import BriefingModel

/// Finds the stretches of time an article names, resolved against the article's own date.
///
/// Absolute forms: "December 5, 2024", "Dec. 5", "5 December 2024", "2024-12-05", "5-9 June
/// 2010", "June 2009", "in 2024". Partial and relative forms: "June 25", "in June", "early
/// June", "mid-June", "the end of June", "yesterday",
/// "tonight", "last night", "on Thursday" (forward when the clause looks forward), "last week",
/// "next month", "two days ago". Each is resolved to the unit it honestly names (day, week,
/// month, year), and anything that needs an anchor is resolved only when the article has a
/// publication day: an undated article yields only dates its text pins down by itself.
/// Each date also says what it leans on (`DateAnchor`: a full date, a calendar day whose year
/// comes from the article, or a word counted from the article's day) and whether a day
/// opens its line, the shape of a chronology's line, which the ranking weighs.
///
/// Why a hand-written scanner over tokens: the tokens are already made for the other steps, and
/// one pass with dictionary look-ups keeps date finding a small part of the analysis.
enum DateExtractor {
    static func find(_ sentences: [Sentence], published: Day?) -> [FoundDate] {
        var out: [FoundDate] = []
        var verdicts = WordVerdicts()
        for s in sentences where !isCommentStamp(s.tokens) {
            scan(s.tokens, sentence: s.text, published: published, into: &out, verdicts: &verdicts)
        }
        takeYearsFromFullDates(&out)
        if let published { settleChronologyYears(&out, published: published) }
        return out
    }

    /// Lines an article needs that open with a day before it reads as a chronology.
    static let chronologyLines = 3

    /// "Feb. 15 - Protests erupt in Benghazi": a factbox's lines are written in the present
    /// tense but list what has already happened, so a year-less day that opens a line of a
    /// chronology means the latest such day up to the article's date, not the nearest one
    /// (which, for a chronology of the past year, would often fall next year).
    static func settleChronologyYears(_ found: inout [FoundDate], published: Day) {
        let lines = Set(found.lazy.filter(\.opensSentence).map(\.day.ordinal))
        guard lines.count >= chronologyLines else { return }
        for i in found.indices where found[i].opensSentence && found[i].anchor == .calendar && found[i].day > published {
            guard let day = Day(year: found[i].day.year - 1, month: found[i].day.month, day: found[i].day.day),
                  day <= published else { continue }
            found[i].day = day
            found[i].last = day
        }
    }

    /// "Jackson died on 25 June 2009 ... fans gathered where he died on 25 June": once an
    /// article has written a day in full, the same day and month without a year mean that day,
    /// not the one nearest the publication date. Left alone when the article names the day
    /// and month in more than one year.
    static func takeYearsFromFullDates(_ found: inout [FoundDate]) {
        var years: [Int: Int] = [:]   // month * 32 + day -> year, or -1 when ambiguous
        for f in found where f.anchor == .explicit && f.isSingleDay {
            let key = f.day.month * 32 + f.day.day
            if let y = years[key], y != f.day.year { years[key] = -1 } else { years[key] = f.day.year }
        }
        guard !years.isEmpty else { return }
        for i in found.indices where found[i].anchor == .calendar && found[i].unit == .day {
            let f = found[i]
            guard let y = years[f.day.month * 32 + f.day.day], y > 0, y != f.day.year,
                  let day = Day(year: y, month: f.day.month, day: f.day.day) else { continue }
            let length = f.last.ordinal - f.day.ordinal
            found[i].day = day
            found[i].last = day.adding(days: length)
        }
    }

    /// Whether each of an article's words can start a date, decided once per distinct word.
    ///
    /// Why: nearly every word is no part of a date; the article has already numbered its words,
    /// so an array look-up turns them away instead of hashing each one's text again.
    struct WordVerdicts {
        private var marks: [UInt8] = []   // 0 not yet known, 1 no, 2 yes

        mutating func mayStartDate(_ t: Token) -> Bool {
            guard t.word >= 0 else { return Self.isCalendarWord(t.lower) }
            let w = Int(t.word)
            if w >= marks.count { marks.append(contentsOf: repeatElement(0, count: w - marks.count + 1)) }
            if marks[w] == 0 { marks[w] = Self.isCalendarWord(t.lower) ? 2 : 1 }
            return marks[w] == 2
        }

        static func isCalendarWord(_ lower: String) -> Bool {
            CalendarWords.months[lower] != nil || CalendarWords.relativeWords.contains(lower)
                || midMonth(lower) != nil
        }
    }

    static func scan(_ T: [Token], sentence: String, published: Day?, into out: inout [FoundDate]) {
        var verdicts = WordVerdicts()
        scan(T, sentence: sentence, published: published, into: &out, verdicts: &verdicts)
    }

    static func scan(_ T: [Token], sentence: String, published: Day?, into out: inout [FoundDate],
                     verdicts: inout WordVerdicts) {
        var k = 0
        func add(_ day: Day?, _ unit: DateUnit = .day, last: Day? = nil, anchor: DateAnchor) {
            guard let day else { return }
            out.append(FoundDate(day: day, unit: unit, last: last, sentence: sentence, anchor: anchor))
        }
        // Most sentences name no date, so the page stamps are looked for only once one does.
        var stamps: [ClosedRange<Int>]? = nil
        let lead = bulletLength(T)
        while k < T.count {
            let t = T[k]
            let found = out.count, start = k
            defer {
                if out.count > found {
                    if stamps == nil { stamps = pageStamps(T) }
                    if stamps!.contains(where: { $0.contains(start) }) { out.removeLast(out.count - found) }
                }
            }
            if t.kind == .number {
                if let d = iso(t.text) {
                    add(d, anchor: .explicit)
                    if k == lead { markOpening(&out, from: found) }
                    k += 1; continue
                }
                // A bare year after a time word: "in 2024", "since 2009".
                if let y = yearNumber(t), k > 0, CalendarWords.timePrepositions.contains(T[k - 1].lower) {
                    add(Day(year: y, month: 1, day: 1), .year, last: Day(year: y, month: 12, day: 31), anchor: .explicit)
                }
                k += 1; continue
            }
            guard t.kind == .word, verdicts.mayStartDate(t) else { k += 1; continue }
            if let month = midMonth(t.lower) {
                k = readPart(T, at: k, month: month, days: 11...20, published: published, add: add)
                continue
            }
            if t.isCapitalized, let month = CalendarWords.months[t.lower] {
                // "28 June 2009 ...", "June 28, 2009: ..." or "* Feb. 15 - ..." at the head of a line.
                let opens = k == lead || (k == lead + 1 && dayRange(T[lead]) != nil)
                k = readMonth(T, at: k, month: month, published: published, add: add)
                if opens { markOpening(&out, from: found) }
                continue
            }
            if let pub = published, let next = relative(T, at: k, published: pub, add: add) {
                k = next; continue
            }
            k += 1
        }
    }

    /// Marks the single days just read, written in full or as a calendar day ("15 Feb"), as
    /// opening their line.
    private static func markOpening(_ out: inout [FoundDate], from first: Int) {
        for i in first..<out.count where out[i].anchor != .deictic && out[i].isSingleDay { out[i].opensSentence = true }
    }

    /// Bullet marks before a line's first word ("*", "-", "•"), which a factbox puts before
    /// each of its dates.
    static func bulletLength(_ T: [Token]) -> Int {
        var n = 0
        while n < T.count, T[n].kind == .punct, ["*", "-", "--", "•", "·"].contains(T[n].text) { n += 1 }
        return n
    }

    /// "At 11:09 2nd Jun 2010, Vincent wrote: ...": a reader's comment under the article. Its date
    /// says when someone wrote, not what happened, so the line is left out.
    static func isCommentStamp(_ T: [Token]) -> Bool {
        guard T.count > 3 else { return false }
        for k in 1..<min(T.count - 1, 14) where T[k].lower == "wrote" && T[k + 1].text == ":" { return true }
        // "8th November 2011 - 17:42 This comment was removed because ..."
        for k in 1..<min(T.count - 1, 14) where T[k].lower == "comment" && T[k + 1].lower == "was" { return true }
        return false
    }

    /// Token ranges of a page's "last updated" line ("Page last updated at 07:48 GMT, Tuesday,
    /// 8 November 2011", "30 September 2011 Last updated at 06:15 GMT"), of a post's byline
    /// stamp ("Robert Peston | 15:39 UK time, Tuesday, 1 June 2010", "Published May 10, 2010",
    /// "Staff Writer Sunday, March 20, 2011") or of a wire dateline
    /// ("TRIPOLI, March 19 (Reuters) -"): like a comment stamp, it says when the page was
    /// written, which the publication date already tells. Counted as a mention, it would give
    /// every wire story's own day a reference it did not make.
    static func pageStamps(_ T: [Token]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        // Words after which a stamp's clock, weekday and date follow, up to its year.
        var stampStarts: [Int] = []
        for i in 1..<max(T.count, 1) where T[i].lower == "updated" && T[i - 1].lower == "last" {
            // "30 September 2011 Last updated at 06:15 GMT": the date before it too.
            if i >= 2 { out.append(max(0, i - 5)...(i - 2)) }
            stampStarts.append(i)
        }
        // A post's byline stamp: "Robert Peston | 15:39 UK time , Tuesday , 1 June 2010", or the
        // same stamp heading a line: "12:13 UK time , Thursday , 10 June 2010 Mr Obama's ...".
        let head = bulletLength(T)
        for i in 0..<T.count where (i == head || i > 0 && T[i - 1].text == "|") && isClock(T[i]) {
            var end = i
            while end + 1 < T.count, isStampToken(T[end + 1]) || T[end + 1].lower == "uk" || T[end + 1].lower == "time" {
                end += 1
            }
            out.append(i...end)
        }
        // A page's own stamp at the head of a line ("Published May 10, 2010 | FoxNews.com",
        // "Updated: 14:02 GMT, 3 June 2010") or after a byline ("Washington Post Staff Writer
        // Sunday, March 20, 2011; A01"). Prose ("the report was published on Monday") goes on.
        if head < T.count, T[head].isCapitalized, ["published", "posted", "updated"].contains(T[head].lower) {
            stampStarts.append(head)
        }
        for i in 1..<max(T.count, 1) where T[i].lower == "writer" && T[i - 1].lower == "staff" {
            stampStarts.append(i)
        }
        for i in stampStarts {
            var end = i
            while end + 1 < T.count, isStampToken(T[end + 1]) { end += 1 }
            if end > i { out.append((i + 1)...end) }
        }
        // A wire dateline: "TRIPOLI , March 19 -LRB- Reuters -RRB- -", "CAIRO, Feb. 1 (AP) -".
        // Brackets are rare, so they are looked for first.
        for b in T.indices where opensBracket(T[b]) {
            for i in (b + 1)..<min(b + 3, T.count) where wireAgencies.contains(T[i].lower) {
                out.append(max(0, i - 9)...i)
                break
            }
        }
        return out
    }

    /// News agencies whose name, in brackets after a place and a date, makes a dateline.
    static let wireAgencies: Set<String> = ["reuters", "ap", "afp", "upi", "cnn", "dpa", "ians", "pti", "xinhua", "bloomberg"]

    /// "(", or the Penn Treebank's "-LRB-" in tokenised text (one token, see `Tokenizer`).
    private static func opensBracket(_ t: Token) -> Bool {
        t.kind == .punct && (t.text == "(" || t.text == "-LRB-")
    }

    /// "15:39", "07:48": a time of day.
    private static func isClock(_ t: Token) -> Bool {
        guard t.kind == .number else { return false }
        let u = Array(t.text.utf8)
        return (4...5).contains(u.count) && u[u.count - 3] == 0x3A
    }

    /// What a "last updated" stamp is made of: clock times, zones, weekdays, months, numbers.
    private static func isStampToken(_ t: Token) -> Bool {
        switch t.kind {
        case .number, .punct: return true
        case .word:
            return ["at", "on", "gmt", "bst", "utc", "et", "edt", "est", "am", "pm"].contains(t.lower)
                || CalendarWords.weekdays[t.lower] != nil || CalendarWords.months[t.lower] != nil
        }
    }

    /// A month name at `k`: "June 25[, 2009]", "25[-27] June [2009]", "June 2009", "in June".
    /// Returns the index after what was read.
    private static func readMonth(_ T: [Token], at k: Int, month: Int, published: Day?,
                              add: (Day?, DateUnit, Day?, DateAnchor) -> Void) -> Int {
        func yearAt(_ i: Int) -> Int? { i < T.count ? yearNumber(T[i]) : nil }
        // Month Day[-Day][,] [Year]
        if k + 1 < T.count, let (d1, d2) = dayRange(T[k + 1]) {
            var next = k + 2
            var year: Int? = nil
            if next + 1 < T.count, T[next].text == ",", let y = yearAt(next + 1) { year = y; next += 2 } else if let y = yearAt(next) { year = y; next += 1 }
            emitDays(year: year, month: month, d1, d2, lean: ClauseTense.lean(T, before: k),
                     weekday: weekdayBefore(T, k), published: published, add: add)
            return next
        }
        // Day[-Day] Month [Year]
        if k >= 1, let (d1, d2) = dayRange(T[k - 1]) {
            var next = k + 1
            let year = yearAt(next)
            if year != nil { next += 1 }
            emitDays(year: year, month: month, d1, d2, lean: ClauseTense.lean(T, before: k - 1),
                     weekday: weekdayBefore(T, k - 1), published: published, add: add)
            return next
        }
        // A third of a month: "early June", "late June 2010", "the end of June".
        if let part = monthPart(T, before: k) {
            return readPart(T, at: k, month: month, days: part, published: published, add: add)
        }
        // Month Year, or a bare month after a time word ("in June").
        if let y = yearAt(k + 1) {
            add(Day(year: y, month: month, day: 1), .month, monthEnd(y, month), .explicit)
            return k + 2
        }
        if k >= 1, CalendarWords.timePrepositions.contains(T[k - 1].lower), let pub = published {
            let y = nearestYear(month: month, day: 15, published: pub)
            add(Day(year: y, month: month, day: 1), .month, monthEnd(y, month), .calendar)
        }
        return k + 1
    }

    /// The month written in "mid-June", a single hyphenated word.
    static func midMonth(_ lower: String) -> Int? {
        guard lower.hasPrefix("mid-") else { return nil }
        return CalendarWords.months[String(lower.dropFirst(4))]
    }

    /// The days of the month a word before it picks out: "early" 1-10, "mid" 11-20, "late" and
    /// "the end of" 21 to the end, "the beginning of" 1-10, "the middle of" 11-20.
    static func monthPart(_ T: [Token], before k: Int) -> ClosedRange<Int>? {
        guard k >= 1 else { return nil }
        switch T[k - 1].lower {
        case "early": return 1...10
        case "mid": return 11...20
        case "late": return 21...31
        case "of" where k >= 2:
            switch T[k - 2].lower {
            case "end": return 21...31
            case "beginning", "start": return 1...10
            case "middle": return 11...20
            default: return nil
            }
        default: return nil
        }
    }

    /// A part of the month at `k`, with the year after it or, failing that, the year the
    /// article's date points to. Returns the index after what was read.
    private static func readPart(_ T: [Token], at k: Int, month: Int, days: ClosedRange<Int>, published: Day?,
                                 add: (Day?, DateUnit, Day?, DateAnchor) -> Void) -> Int {
        let written = k + 1 < T.count ? yearNumber(T[k + 1]) : nil
        guard let year = written ?? published.map({ nearestYear(month: month, day: days.lowerBound, published: $0) }),
              let end = monthEnd(year, month) else { return k + 1 }
        add(Day(year: year, month: month, day: days.lowerBound), .partOfMonth,
            Day(year: year, month: month, day: min(days.upperBound, end.day)), written == nil ? .calendar : .explicit)
        return written == nil ? k + 1 : k + 2
    }

    private static func emitDays(year: Int?, month: Int, _ d1: Int, _ d2: Int, lean: @autoclosure () -> ClauseTense.Lean,
                                 weekday: Int?, published: Day?, add: (Day?, DateUnit, Day?, DateAnchor) -> Void) {
        guard let first = resolve(year: year, month: month, day: d1, lean: year == nil ? lean() : .none,
                                  weekday: weekday, published: published) else { return }
        let last = d2 > d1 ? Day(year: first.year, month: month, day: d2) : nil
        add(first, .day, last, year == nil ? .calendar : .explicit)
    }

    /// Relative words at `k`, when the article has a date. Returns the index after them, or nil.
    private static func relative(_ T: [Token], at k: Int, published pub: Day,
                                 add: (Day?, DateUnit, Day?, DateAnchor) -> Void) -> Int? {
        let w = T[k].lower
        // A length test and one look-up turn most words away before any other work.
        guard (3...9).contains(w.utf8.count), CalendarWords.relativeWords.contains(w) else { return nil }
        let prev = k > 0 ? T[k - 1].lower : ""
        let next = k + 1 < T.count ? T[k + 1].lower : ""
        switch w {
        // "The day before yesterday", "the day after tomorrow": two days off.
        case "yesterday": add(pub.adding(days: prev == "before" && k >= 2 && T[k - 2].lower == "day" ? -2 : -1), .day, nil, .deictic)
        case "today", "tonight": add(pub, .day, nil, .deictic)
        case "tomorrow": add(pub.adding(days: prev == "after" && k >= 2 && T[k - 2].lower == "day" ? 2 : 1), .day, nil, .deictic)
        case "weekend":
            guard let (first, last) = weekend(prev: prev, future: ClauseTense.leansFuture(T, before: k), published: pub) else {
                return nil
            }
            add(first, .weekend, last, .deictic)
        case "night" where prev == "last": add(pub.adding(days: -1), .day, nil, .deictic)
        case _ where CalendarWords.dayParts.contains(w) && prev == "this": add(pub, .day, nil, .deictic)
        case "week", "month", "year":
            guard prev == "last" || prev == "this" || prev == "next" else { return nil }
            let step = prev == "last" ? -1 : prev == "next" ? 1 : 0
            guard let (first, last, unit) = period(w, step: step, around: pub) else { return nil }
            add(first, unit, last, .deictic)
        case "ago":
            guard k >= 2 else { return nil }
            let n = CalendarWords.counts[T[k - 2].lower] ?? (T[k - 2].kind == .number ? Int(T[k - 2].text) : nil)
            guard let n, n > 0, n <= 400 else { return nil }
            switch prev {
            case "day", "days": add(pub.adding(days: -n), .day, nil, .deictic)
            case "week", "weeks":
                guard let (first, last, unit) = period("week", step: 0, around: pub.adding(days: -7 * n)) else { return nil }
                add(first, unit, last, .deictic)
            case "month", "months", "year", "years":
                guard let (first, last, unit) = period(prev.hasPrefix("month") ? "month" : "year", step: -n, around: pub)
                else { return nil }
                add(first, unit, last, .deictic)
            default: return nil
            }
        default:
            guard T[k].isCapitalized, let wd = CalendarWords.weekdays[w] else { return nil }
            // "Friday 24 June" and "Friday, June 24" are read as the absolute date that follows.
            if k + 1 < T.count, dayRange(T[k + 1]) != nil || CalendarWords.months[next] != nil { return nil }
            if next == ",", k + 2 < T.count, CalendarWords.months[T[k + 2].lower] != nil { return nil }
            add(weekday(wd, prev: prev, future: ClauseTense.leansFuture(T, before: k), published: pub), .day, nil, .deictic)
        }
        return k + 1
    }

    /// Monday = 0.
    static func weekdayIndex(_ day: Day) -> Int { ((day.ordinal % 7) + 7 + 3) % 7 }   // 1970-01-01 was a Thursday

    /// The weekday written just before a date ("Tuesday 24 August", "Tuesday, 24 August").
    static func weekdayBefore(_ T: [Token], _ start: Int) -> Int? {
        var k = start - 1
        if k >= 0, T[k].text == "," { k -= 1 }
        guard k >= 0, T[k].isCapitalized else { return nil }
        return CalendarWords.weekdays[T[k].lower]
    }

    /// The weekday meant by "on Friday", "last Friday", "next Friday", "this Friday".
    static func weekday(_ wd: Int, prev: String, future: Bool, published pub: Day) -> Day {
        let pubWeekday = weekdayIndex(pub)
        var delta = wd - pubWeekday
        if prev == "next" {
            if delta <= 0 { delta += 7 }
        } else if prev == "this" || (future && prev != "last") {
            if delta < 0 { delta += 7 }
        } else {
            if delta > 0 { delta -= 7 }
            if prev == "last" && delta == 0 { delta = -7 }
        }
        return pub.adding(days: delta)
    }

    /// The Saturday and Sunday meant by "last weekend", "this weekend", "next weekend", or
    /// "over the weekend" / "at the weekend" (the one just gone, or the coming one when the
    /// clause looks forward). A weekend that has begun counts as this one.
    static func weekend(prev: String, future: Bool, published pub: Day) -> (Day, Day)? {
        let weekday = weekdayIndex(pub)                            // Monday = 0
        let thisSaturday = pub.adding(days: 5 - weekday)            // this week's, maybe past
        let step: Int
        switch prev {
        case "this": step = 0
        case "next": step = 1
        case "last": step = -1                                       // the one before this week's
        case "the": step = future ? 0 : (weekday >= 5 ? 0 : -1)
        default: return nil
        }
        let saturday = thisSaturday.adding(days: 7 * step)
        return (saturday, saturday.adding(days: 1))
    }

    /// The week (Monday to Sunday), month or year `step` units from the one holding `day`; nil
    /// when that month or year lies outside the calendar a `Day` holds ("last month" in an
    /// article dated January of year 1).
    static func period(_ word: String, step: Int, around day: Day) -> (Day, Day, DateUnit)? {
        switch word {
        case "week":
            let monday = day.adding(days: -(((day.ordinal + 3) % 7 + 7) % 7) + 7 * step)
            return (monday, monday.adding(days: 6), .week)
        case "month":
            var m = day.month + step, y = day.year
            while m < 1 { m += 12; y -= 1 }
            while m > 12 { m -= 12; y += 1 }
            guard let first = Day(year: y, month: m, day: 1), let last = monthEnd(y, m) else { return nil }
            return (first, last, .month)
        default:
            let y = day.year + step
            guard let first = Day(year: y, month: 1, day: 1), let last = Day(year: y, month: 12, day: 31) else { return nil }
            return (first, last, .year)
        }
    }

    static func monthEnd(_ year: Int, _ month: Int) -> Day? {
        (Day(year: year, month: month, day: 31) ?? Day(year: year, month: month, day: 30))
            ?? Day(year: year, month: month, day: 29) ?? Day(year: year, month: month, day: 28)
    }

    static func iso(_ text: String) -> Day? {
        let u = text.utf8
        guard u.count == 10 else { return nil }
        let dash4 = u[u.index(u.startIndex, offsetBy: 4)], dash7 = u[u.index(u.startIndex, offsetBy: 7)]
        guard dash4 == 0x2D, dash7 == 0x2D else { return nil }
        return Day(iso: text)
    }

    /// "5", "5th", "5-9": a day of the month, or two.
    static func dayRange(_ t: Token) -> (Int, Int)? {
        guard t.kind == .number else { return nil }
        var values: [Int] = []
        var v = 0, digits = 0
        for c in t.text.utf8 {
            if c >= 0x30 && c <= 0x39 {
                v = v * 10 + Int(c - 0x30); digits += 1
                if digits > 2 { return nil }
            } else if c == 0x2D || c == 0xE2 || c == 0x80 || c == 0x93 {   // "-" or an en dash
                guard digits > 0 else { continue }
                values.append(v); v = 0; digits = 0
            } else if c == 0x2C || c == 0x2E || c == 0x3A || c == 0x2F {
                return nil
            } else {
                break   // "5th"
            }
        }
        if digits > 0 { values.append(v) }
        guard let first = values.first, values.count <= 2, (1...31).contains(first) else { return nil }
        let last = values.count == 2 ? values[1] : first
        guard (first...31).contains(last) else { return nil }
        return (first, last)
    }

    static func dayNumber(_ t: Token) -> Int? {
        guard let (d1, d2) = dayRange(t), d1 == d2 else { return nil }
        return d1
    }

    static func yearNumber(_ t: Token) -> Int? {
        guard t.kind == .number, t.text.utf8.count == 4, let y = Int(t.text), (1800...2199).contains(y) else { return nil }
        return y
    }

    /// A year-less date is placed in the year its weekday fits when one is written ("Tuesday
    /// 24 August"), else in the year the clause points to: the last such day on or before the
    /// publication day for the past, the next one on or after it for the future, else the nearest.
    static func resolve(year: Int?, month: Int, day: Int, lean: ClauseTense.Lean = .none, weekday: Int? = nil,
                        published: Day?) -> Day? {
        if let y = year { return Day(year: y, month: month, day: day) }
        guard let pub = published else { return nil }
        if let weekday {
            let fitting = [pub.year, pub.year - 1, pub.year + 1].compactMap { Day(year: $0, month: month, day: day) }
                .filter { weekdayIndex($0) == weekday }
            if let d = fitting.first { return d }
        }
        var best: Day? = nil
        for y in [pub.year - 1, pub.year, pub.year + 1] {
            guard let d = Day(year: y, month: month, day: day) else { continue }
            if lean == .past && d > pub || lean == .future && d < pub { continue }
            if best == nil || abs(d.ordinal - pub.ordinal) < abs(best!.ordinal - pub.ordinal) { best = d }
        }
        return best
    }

    static func nearestYear(month: Int, day: Int, published pub: Day) -> Int {
        resolve(year: nil, month: month, day: day, published: pub)?.year ?? pub.year
    }
}
