import BriefingModel
import Foundation
import Testing

/// Key developments and what to watch in the JSON model: headline and date written when known,
/// read back the same; summaries and briefings written before them still read.
@Suite struct KeyDevelopmentCodingTests {
    @Test func aDevelopmentRoundTripsAndAnOldLineStillReads() throws {
        let item = CitedSentence(text: "Ministers agreed a ceasefire.", articles: ["a"], headline: "Ceasefire agreed",
                                 date: Day(year: 2024, month: 3, day: 4))
        let data = try JSONEncoder().encode(item)
        #expect(try JSONDecoder().decode(CitedSentence.self, from: data) == item)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"headline\"") && text.contains("\"2024-03-04\""))
        // A plain line keeps its old shape, and an old line reads with neither field.
        let plain = String(decoding: try JSONEncoder().encode(CitedSentence(text: "Talks.", articles: [])), as: UTF8.self)
        #expect(!plain.contains("headline") && !plain.contains("date"))
        let old = try JSONDecoder().decode(CitedSentence.self, from: Data(#"{"text": "Talks resumed.", "articles": ["a"]}"#.utf8))
        #expect(old.headline == nil && old.date == nil && old.text == "Talks resumed.")
    }

    @Test func aBriefingWithoutWatchReadsAsNothingToWatch() throws {
        let json = #"{"title": "B", "generated": "2024-03-18", "corpus": {"articleCount": 0}, "articles": []}"#
        let b = try Briefing.decode(json: Data(json.utf8))
        #expect(b.watch.isEmpty && b.executiveSummary.isEmpty)
        var withWatch = b
        withWatch.watch = [WatchItem(date: Day(year: 2024, month: 3, day: 20)!, text: "The House will vote.", articles: ["a"])]
        #expect(try Briefing.decode(json: withWatch.jsonData()).watch == withWatch.watch)
    }
}
