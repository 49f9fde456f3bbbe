import TOMLKit

/// One key a style file may set: what it expects and how it changes a `Style`.
///
/// The table of keys (`StyleKey.all`) is the whole format: adding a key is one line here, and
/// the loader rejects anything not listed, so typos never pass silently.
struct StyleKey {
    /// For messages: "a number", "a colour like \"#1f4e79\"".
    let expected: String
    /// Applies the value; returns false when it has the wrong type or is out of range.
    let apply: (inout Style, any TOMLValueConvertible) -> Bool

    static func number(_ path: WritableKeyPath<Style, Double>, min: Double = 0,
                       max: Double = 10_000) -> StyleKey {
        StyleKey(expected: "a number from \(format(min)) to \(format(max))") { style, value in
            guard let v = value.double ?? value.int.map(Double.init), v >= min, v <= max else {
                return false
            }
            style[keyPath: path] = v
            return true
        }
    }

    static func integer(_ path: WritableKeyPath<Style, Int>, min: Int = 0, max: Int = 10_000) -> StyleKey {
        StyleKey(expected: "a whole number from \(min) to \(max)") { style, value in
            guard let v = value.int, v >= min, v <= max else { return false }
            style[keyPath: path] = v
            return true
        }
    }

    static func string(_ path: WritableKeyPath<Style, String>) -> StyleKey {
        StyleKey(expected: "a non-empty string") { style, value in
            guard let s = value.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                return false
            }
            style[keyPath: path] = s
            return true
        }
    }

    static func bool(_ path: WritableKeyPath<Style, Bool>) -> StyleKey {
        StyleKey(expected: "true or false") { style, value in
            guard let b = value.bool else { return false }
            style[keyPath: path] = b
            return true
        }
    }

    static func color(_ path: WritableKeyPath<Style, StyleColor>) -> StyleKey {
        StyleKey(expected: "a colour like \"#1f4e79\"") { style, value in
            guard let s = value.string, let c = StyleColor(hex: s) else { return false }
            style[keyPath: path] = c
            return true
        }
    }

    static func colors(_ path: WritableKeyPath<Style, [StyleColor]>) -> StyleKey {
        StyleKey(expected: "a non-empty array of colours like [\"#1f4e79\"]") { style, value in
            guard let array = value.array, !array.isEmpty else { return false }
            var colors: [StyleColor] = []
            for element in array {
                guard let s = element.string, let c = StyleColor(hex: s) else { return false }
                colors.append(c)
            }
            style[keyPath: path] = colors
            return true
        }
    }

    /// `page.size`: a named paper size setting width and height together.
    static var pageSize: StyleKey { StyleKey(expected: "\"A4\" or \"letter\"") { style, value in
        switch value.string?.lowercased() {
        case "a4": style.pageWidth = 595.28; style.pageHeight = 841.89
        case "letter": style.pageWidth = 612; style.pageHeight = 792
        default: return false
        }
        return true
    } }

    /// Every key of the format, by dotted name. `name` and `extends` are handled by the loader.
    /// Computed (not stored) because the closures hold key paths, which are not `Sendable`.
    static var all: [String: StyleKey] { [
        "page.size": pageSize,
        "page.width": number(\.pageWidth, min: 144),
        "page.height": number(\.pageHeight, min: 144),
        "page.margin-top": number(\.marginTop, max: 300),
        "page.margin-bottom": number(\.marginBottom, max: 300),
        "page.margin-left": number(\.marginLeft, max: 300),
        "page.margin-right": number(\.marginRight, max: 300),
        "fonts.body": string(\.bodyFont),
        "fonts.heading": string(\.headingFont),
        "fonts.body-size": number(\.bodySize, min: 4, max: 72),
        "fonts.small-size": number(\.smallSize, min: 4, max: 72),
        "fonts.title-size": number(\.titleSize, min: 4, max: 144),
        "fonts.heading1-size": number(\.heading1Size, min: 4, max: 144),
        "fonts.heading2-size": number(\.heading2Size, min: 4, max: 144),
        "text.line-spacing": number(\.lineSpacing, min: 0.8, max: 3),
        "text.paragraph-spacing": number(\.paragraphSpacing, max: 72),
        "text.justify": bool(\.justify),
        "text.heading-space": number(\.headingSpace, min: 0.2, max: 3),
        "text.measure": number(\.measure, max: 400),
        "colors.text": color(\.textColor),
        "colors.accent": color(\.accentColor),
        "colors.muted": color(\.mutedColor),
        "colors.rule": color(\.ruleColor),
        "colors.chart": colors(\.chartPalette),
        "layout.contents": bool(\.tableOfContents),
        "layout.participants": integer(\.participantLimit, min: 1, max: 1_000),
        "layout.pairs": integer(\.pairLimit, max: 1_000),
        "layout.topics": integer(\.topicLimit, min: 1, max: 100),
        "layout.quotes": integer(\.quoteLimit, max: 100),
        "layout.story-articles": integer(\.storyArticleLimit, max: 1_000),
        "layout.coverage": bool(\.coverageMatrix),
        "layout.pages": integer(\.pageBudget, min: 2, max: 100),
        "layout.source-columns": integer(\.sourceColumns, min: 1, max: 3),
        "charts.patterns": bool(\.chartPatterns),
        "charts.row-scale": number(\.chartRowScale, min: 0.5, max: 3),
    ] }

    /// The tables keys live in (`[page]`, ...).
    static var sections: Set<String> {
        Set(all.keys.compactMap { $0.split(separator: ".").first.map(String.init) })
    }

    private static func format(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
    }
}
