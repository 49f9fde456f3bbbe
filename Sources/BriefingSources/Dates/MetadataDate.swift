import BriefingModel

/// Publication dates as feeds, scrapers and front matter write them, reduced to the day, and
/// the clock time when the value gives one.
///
/// The day is the one written in the article's own time zone: "Thu, 05 Dec 2024 23:30:00 -0500"
/// is 5 December, as its readers saw it, not 6 December in UTC. The time is kept the same way,
/// as written (23:30 here), so day and time always agree; the zone itself is dropped. Parsing is
/// done by hand on a few tokens rather than with a list of `DateFormatter` patterns: it is
/// faster, needs no locale, and accepts the forms real sources mix (RFC 822 with or without
/// seconds and with named or numeric zones, ISO 8601 with or without time, zone and fractions,
/// `YYYY-MM-DD HH:MM:SS`, "December 5, 2024", "5 Dec 2024", `2024/12/05`, `05.12.2024`, Unix
/// timestamps).
public enum MetadataDate {
    /// The day a date string names, or nil when it names none.
    public static func day(from text: String) -> Day? {
        stamp(from: text)?.day
    }

    /// The day a date string names and its clock time when it writes one ("23:30", "3:00 PM").
    ///
    /// No time for a bare day ("2024-12-05", "December 5, 2024"), nor for a clock time written
    /// without a colon ("03 Apr 02 1500 GMT": too easily a year or a number). A Unix timestamp
    /// names an instant, not a zone: its day is the UTC day, so its time is the UTC time, which
    /// keeps the two in step.
    public static func stamp(from text: String) -> (day: Day, time: TimeOfDay?)? {
        let tokens = Token.split(text)
        if tokens.isEmpty { return nil }
        if tokens.count == 1, case .number(let value, let digits, _) = tokens[0] {
            if digits == 8 { return compactDay(value).map { ($0, nil) } }
            return timestamp(value, digits: digits)
        }
        var numbers: [(value: Int, digits: Int, separator: Character?)] = []
        var month: Int?
        var time: TimeOfDay?
        var clock: (hour: Int, minute: Int)?
        var afterClock = false
        for token in tokens {
            switch token {
            case .number(let value, let digits, let separator):
                numbers.append((value, digits, separator))
                afterClock = false
            case .word(let word):
                if month == nil, let named = monthNumber(word) { month = named }
                if afterClock, let base = clock, time == nil {
                    time = twelveHourTime(base.hour, base.minute, marker: word)
                }
                afterClock = false
            case .time(let hour, let minute):
                if clock == nil, let hour, let minute {
                    clock = (hour, minute)
                    afterClock = true
                }
            }
        }
        if time == nil, let clock { time = TimeOfDay(hour: clock.hour, minute: clock.minute) }
        guard let day = day(month: month, numbers: numbers) else { return nil }
        return (day, time)
    }

    /// "3:00 PM", "12:30 a.m.": the 24-hour time, or nil when `marker` is not AM or PM (a zone,
    /// a weekday) or the hour is not a 12-hour clock's.
    static func twelveHourTime(_ hour: Int, _ minute: Int, marker: Substring) -> TimeOfDay? {
        let lower = marker.lowercased()
        guard (1...12).contains(hour), ["am", "pm", "a", "p"].contains(lower) else { return nil }
        return TimeOfDay(hour: hour % 12 + (lower.hasPrefix("p") ? 12 : 0), minute: minute)
    }

    /// The day from the date's numbers and its month name, if it has one.
    static func day(month: Int?, numbers: [(value: Int, digits: Int, separator: Character?)]) -> Day? {
        if let month {
            return dayWithNamedMonth(month, numbers: numbers.map { ($0.value, $0.digits) })
        }
        guard numbers.count >= 3 else { return nil }
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        if a.digits == 4 { return Day(year: a.value, month: b.value, day: c.value) }  // 2024-12-05
        guard c.digits == 4 || c.digits == 2 else { return nil }
        let year = fullYear(c.value, digits: c.digits)
        if a.separator == "." || a.value > 12 {  // 05.12.2024 (European) or 25/12/2024
            return Day(year: year, month: b.value, day: a.value)
        }
        return Day(year: year, month: a.value, day: b.value)  // 12/05/2024 (US)
    }

    /// "5 Dec 2024", "December 5, 2024", "Thu, 05 Dec 24": the year is the four-digit number, or
    /// the number after the day when both are short.
    static func dayWithNamedMonth(_ month: Int, numbers: [(value: Int, digits: Int)]) -> Day? {
        guard !numbers.isEmpty else { return nil }
        if let yearIndex = numbers.firstIndex(where: { $0.digits == 4 && (1800...2200).contains($0.value) }) {
            let rest = numbers.enumerated().filter { $0.offset != yearIndex && $0.element.value <= 31 }
            guard let day = rest.first?.element.value else { return nil }
            return Day(year: numbers[yearIndex].value, month: month, day: day)
        }
        // "03 Apr 02 1500 GMT": a short year after the day, and a clock time without a colon.
        guard numbers.count >= 2, numbers[1].digits <= 2 else { return nil }
        return Day(year: fullYear(numbers[1].value, digits: numbers[1].digits), month: month, day: numbers[0].value)
    }

    static func compactDay(_ value: Int) -> Day? {  // 20241205
        Day(year: value / 10_000, month: value / 100 % 100, day: value % 100)
    }

    /// Seconds (10 digits) or milliseconds (13 digits) since 1970, as some JSON exports write
    /// them: the UTC day and the UTC time of that instant.
    static func timestamp(_ value: Int, digits: Int) -> (day: Day, time: TimeOfDay?)? {
        let seconds: Int
        switch digits {
        case 9, 10: seconds = value
        case 13: seconds = value / 1000
        default: return nil
        }
        let inDay = seconds % 86_400
        return (Day(ordinal: seconds / 86_400), TimeOfDay(hour: inDay / 3600, minute: inDay % 3600 / 60))
    }

    static func fullYear(_ value: Int, digits: Int) -> Int {
        guard digits <= 2 else { return value }
        return value < 70 ? 2000 + value : 1900 + value
    }

    /// A month name or abbreviation ("Dec", "Dec.", "December", "Sept") in English or in the
    /// languages European feeds are written in ("Set", "Out", "Dez", "März", "févr."); nil for
    /// other words, and for a prefix that two months share.
    static func monthNumber(_ word: Substring) -> Int? {
        guard word.count >= 3, let month = monthByPrefix[word.lowercased()], month > 0 else { return nil }
        return month
    }

    /// Every prefix of three or more letters of every month name, mapped to its month, or to 0
    /// when two months share it. Built once: every article's date is looked up here.
    static let monthByPrefix: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, names) in monthNames.enumerated() {
            for name in names where name.count >= 3 {
                for length in 3...name.count {
                    let prefix = String(name.prefix(length))
                    if let existing = table[prefix], existing != index + 1 {
                        table[prefix] = 0
                    } else {
                        table[prefix] = index + 1
                    }
                }
            }
        }
        return table
    }()

    /// Month names by month, written by the project: English, German, French, Spanish,
    /// Portuguese and Italian, with the abbreviations that are not prefixes of the full name.
    static let monthNames: [[String]] = [
        ["january", "januar", "janvier", "enero", "janeiro", "gennaio", "jän"],
        ["february", "februar", "février", "fevrier", "febrero", "fevereiro", "febbraio"],
        ["march", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio"],
        ["june", "juni", "juin", "junio", "junho", "giugno"],
        ["july", "juli", "juillet", "julio", "julho", "luglio"],
        ["august", "août", "aout", "agosto"],
        ["september", "sept", "septembre", "septiembre", "setembro", "settembre", "setiembre"],
        ["october", "oktober", "octobre", "octubre", "outubro", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre"],
    ]

    /// The pieces of a date string: numbers (with the separator that follows them), words, and
    /// clock times, which say nothing about the day and are set aside whole, keeping their hour
    /// and minute when those read as a clock's (nil otherwise, e.g. "123:45"). Scanned as UTF-8
    /// bytes: every article's date goes through here.
    enum Token {
        case number(Int, digits: Int, separator: Character?)
        case word(Substring)
        case time(hour: Int?, minute: Int?)

        static func split(_ text: String) -> [Token] {
            let bytes = Array(text.utf8)
            var tokens: [Token] = []
            var i = 0
            func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 }
            func isLetter(_ index: Int) -> Bool {
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                return (byte | 0x20) >= 97 && (byte | 0x20) <= 122 || byte >= 0x80
            }
            while i < bytes.count {
                if isDigit(i) {
                    var end = i
                    var value = 0
                    while isDigit(end) {
                        if end - i < 18 { value = value * 10 + Int(bytes[end] - 48) }
                        end += 1
                    }
                    if end < bytes.count, bytes[end] == UInt8(ascii: ":") {  // 23:30:00.123 — the whole clock time
                        let hourDigits = end - i
                        var minute = 0, minuteDigits = 0
                        while isDigit(end + 1 + minuteDigits) {
                            // Only two digits make a minute; more are read but not summed (no overflow).
                            if minuteDigits < 2 { minute = minute * 10 + Int(bytes[end + 1 + minuteDigits] - 48) }
                            minuteDigits += 1
                        }
                        while end < bytes.count, isDigit(end) || bytes[end] == UInt8(ascii: ":")
                                || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ",") {
                            end += 1
                        }
                        let isClock = hourDigits <= 2 && minuteDigits == 2
                        tokens.append(.time(hour: isClock ? value : nil, minute: isClock ? minute : nil))
                        var zone = end
                        while zone < bytes.count, bytes[zone] == 0x20 { zone += 1 }
                        if zone < bytes.count, bytes[zone] == UInt8(ascii: "+") || bytes[zone] == UInt8(ascii: "-") {
                            end = zone + 1
                            while end < bytes.count, isDigit(end) || bytes[end] == UInt8(ascii: ":") { end += 1 }
                        }
                        i = end
                        continue
                    }
                    let digits = end - i
                    guard digits <= 13 else { return [] }
                    let separator = end < bytes.count && bytes[end] < 0x80 ? Character(Unicode.Scalar(bytes[end])) : nil
                    tokens.append(.number(value, digits: digits, separator: separator))
                    i = end
                } else if isLetter(i) {
                    var end = i
                    while isLetter(end) { end += 1 }
                    let word = Substring(String(decoding: bytes[i..<end], as: UTF8.self))
                    // "T" between date and time and "Z" for UTC are not words of the date.
                    if word != "T" && word != "Z" { tokens.append(.word(word)) }
                    i = end
                } else {
                    i += 1
                }
            }
            return tokens
        }
    }
}
