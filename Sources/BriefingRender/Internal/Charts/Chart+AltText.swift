import BriefingModel
import Foundation

/// Each chart said in one sentence, for the PDF's alternative text (`/Alt` on its `Figure`).
///
/// Why: a screen reader, or a reader of the text layer, meets a chart as a heap of tick labels;
/// one sentence naming what is plotted and its main values tells them what the figure shows.
/// At most `listed` values are named, so the sentence stays a sentence (all of them when only
/// one or two more would be left: `ListCut`).
enum ChartAltText {
    static let listed = 5

    /// "a 4, b 3, c 2, d 2, e 1 and 3 more".
    static func values(_ pairs: [(String, Int)]) -> String {
        let shown = ListCut.prefix(pairs, limit: listed).map { "\($0.0) \($0.1)" }
        let rest = pairs.count - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
    }

    /// "from 3 March 2024 to 9 March 2024" or "on 3 March 2024".
    static func span(_ days: [Day]) -> String {
        guard let first = days.min(), let last = days.max() else { return "" }
        return first == last ? " on \(DayFormat.long(first))" : " from \(DayFormat.long(first)) to \(DayFormat.long(last))"
    }
}

extension TopicFrequencyChart {
    var altText: String {
        bars.isEmpty ? "Bar chart of articles per topic: no topics."
            : "Bar chart of articles per topic: " + ChartAltText.values(bars.map { ($0.label, $0.value) }) + "."
    }
}

extension TimelineChart {
    var altText: String {
        let total = articlesPerDay.values.reduce(0, +)
        var sentence = "Timeline of \(total) dated articles" + ChartAltText.span(Array(articlesPerDay.keys))
        let busiest = articlesPerDay.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first
        if let busiest { sentence += ", busiest on \(DayFormat.long(busiest.key)) with \(busiest.value)" }
        if !events.isEmpty {
            let days = ListCut.prefix(events, limit: ChartAltText.listed).map { DayFormat.long($0.day) }
            sentence += "; key days " + days.joined(separator: ", ")
                + (events.count > days.count ? " and \(events.count - days.count) more" : "")
        }
        return sentence + "."
    }
}

extension HourTimelineChart {
    var altText: String {
        let total = hours.counts.values.reduce(0, +)
        var sentence = "Articles per hour: \(total) timed articles" + ChartAltText.span([hours.firstDay, hours.lastDay])
        if let busiest = hours.counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first {
            sentence += String(format: ", busiest at %02d:00 with %d", busiest.key % 24, busiest.value)
        }
        return sentence + "."
    }
}

extension TimelineSequenceChart {
    var altText: String {
        let shown = ListCut.prefix(labels, limit: ChartAltText.listed)
        return "Events in the order the coverage tells them, undated: "
            + shown.enumerated()
                .map { "\($0.offset + 1). " + $0.element.trimmingCharacters(in: .punctuationCharacters) }
                .joined(separator: "; ")
            + (labels.count > shown.count ? "; and \(labels.count - shown.count) more." : ".")
    }
}

extension ToneChart {
    var altText: String {
        "Bar chart of reactions by tone: "
            + ChartAltText.values(rows.map { ($0.tone.rawValue, $0.reported + $0.hedged) }) + "."
    }
}
