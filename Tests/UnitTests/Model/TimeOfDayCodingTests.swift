import BriefingModel
import Foundation
import Testing

/// The publication time in the JSON model: written only when known, read back the same, and
/// absent from (and not needed by) models written before it existed.
@Suite struct TimeOfDayCodingTests {
    private func digest(time: TimeOfDay?) -> ArticleDigest {
        ArticleDigest(id: "a", title: "Crews reach the plant", date: Day(year: 2024, month: 12, day: 5),
                      source: "Wire", url: nil, keyphrases: ["plant"], time: time)
    }

    @Test func parsesAndPrintsClockTimes() {
        #expect(TimeOfDay(text: "09:05")?.description == "09:05")
        #expect(TimeOfDay(text: "23:59")?.minutesAfterMidnight == 23 * 60 + 59)
        for bad in ["24:00", "9:05", "09:60", "0905", "09:05:00", ""] { #expect(TimeOfDay(text: bad) == nil, "\(bad)") }
        #expect(TimeOfDay(hour: 7, minute: 0)! < TimeOfDay(hour: 13, minute: 30)!)
    }

    @Test func aKnownTimeRoundTripsAsHoursAndMinutes() throws {
        let timed = digest(time: TimeOfDay(hour: 9, minute: 5))
        let data = try JSONEncoder().encode(timed)
        #expect(String(decoding: data, as: UTF8.self).contains(#""time":"09:05""#))
        #expect(try JSONDecoder().decode(ArticleDigest.self, from: data) == timed)
    }

    @Test func anUnknownTimeIsNotWrittenAndTheContractFieldsStay() throws {
        let untimed = digest(time: nil)
        let data = try JSONEncoder().encode(untimed)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["time"] == nil)
        #expect(object["date"] as? String == "2024-12-05" && object.keys.contains("url"))
        #expect(try JSONDecoder().decode(ArticleDigest.self, from: data) == untimed)
    }

    @Test func aModelWrittenBeforeTimesStillReads() throws {
        let old = """
        {"title": "Week", "generated": "2024-12-06",
         "corpus": {"articleCount": 1, "firstDay": "2024-12-05", "lastDay": "2024-12-05"},
         "articles": [{"id": "a", "title": "Crews reach the plant", "date": "2024-12-05", "source": null, "url": null}]}
        """
        let briefing = try Briefing.decode(json: Data(old.utf8))
        #expect(briefing.articles.first?.date == Day(year: 2024, month: 12, day: 5) && briefing.articles.first?.time == nil)
    }

    @Test func aBadTimeIsRefused() {
        let bad = #"{"id": "a", "title": "T", "date": "2024-12-05", "time": "25:00"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ArticleDigest.self, from: Data(bad.utf8)) }
    }
}
