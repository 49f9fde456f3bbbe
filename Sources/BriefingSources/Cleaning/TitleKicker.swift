import Foundation

/// A headline's kicker label, which sites put before the headline itself: "BREAKING NEWS:",
/// "EXCLUSIVE:", "WATCH:", "LIVE |". It says how the page was promoted, not what happened, and
/// reads as a speaker's tag in a story's title. Labels in capitals (or "Breaking:") only: a
/// headline that opens with an ordinary word and a colon ("Oil spill: BP pays") keeps it.
enum TitleKicker {
    static func stripped(_ title: String) -> String {
        guard let first = title.utf8.first, first >= 65, first <= 90 else { return title }
        let range = NSRange(title.startIndex..., in: title)
        guard let match = kicker.firstMatch(in: title, options: [.anchored], range: range),
              let end = Range(match.range, in: title)?.upperBound, end < title.endIndex else { return title }
        return String(title[end...])
    }

    static let kicker = FurniturePatterns.compile(
        #"^(?:BREAKING(?: NEWS)?|Breaking(?: news| News)?|EXCLUSIVE|Exclusive|WATCH|LIVE|UPDATED?|VIDEO|PHOTOS?|LISTEN|JUST IN|REVEALED)\s*(?::|\||–|—| -)\s+"#)
}
