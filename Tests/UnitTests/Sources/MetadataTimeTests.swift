@testable import BriefingSources
import BriefingModel
import Testing

/// The clock time beside the publication day: as the source wrote it, never moved to another
/// zone, and never invented for a value that gives only a day.
@Suite struct MetadataTimeTests {
    @Test(arguments: [
        ("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10", "04:00"),        // RFC 822, named zone
        ("Thu, 05 Dec 2024 23:30:00 -0500", "2024-12-05", "23:30"),      // late in its own zone: not moved to UTC
        ("Thu, 5 Dec 2024 08:15 GMT", "2024-12-05", "08:15"),            // no seconds
        ("2024-12-05T13:30:00+02:00", "2024-12-05", "13:30"),            // ISO 8601, the time as written
        ("2024-12-05T23:30:00.123456+05:30", "2024-12-05", "23:30"),     // fractions and zone
        ("2024-12-05T00:10:00Z", "2024-12-05", "00:10"),
        ("2017-07-17 17:03:00", "2017-07-17", "17:03"),                  // news-please
        ("2024-12-05T9:05", "2024-12-05", "09:05"),                      // one-digit hour
        ("Thursday, December 5, 2024 at 3:00 PM", "2024-12-05", "15:00"),  // 12-hour clock
        ("December 5, 2024, 12:20 a.m.", "2024-12-05", "00:20"),
        ("December 5, 2024 12:45 pm", "2024-12-05", "12:45"),
        ("Mi, 4 Dez 2024 10:00:00 +0100", "2024-12-04", "10:00"),        // German
        ("1733401800", "2024-12-05", "12:30"),                           // Unix seconds: the UTC day and time
        ("1733401800000", "2024-12-05", "12:30"),                        // milliseconds
    ])
    func readsTheTimeAsWritten(_ text: String, _ day: String, _ time: String) throws {
        let stamp = try #require(MetadataDate.stamp(from: text), "\(text)")
        #expect(stamp.day.description == day, "\(text)")
        #expect(stamp.time?.description == time, "\(text)")
        // The day is the one `day(from:)` has always given.
        #expect(MetadataDate.day(from: text) == stamp.day)
    }

    @Test(arguments: [
        "2024-12-05", "December 5, 2024", "5 Dec 2024", "20241205", "05.12.2024", "12/05/2024",
        "03 Apr 02 1500 GMT",  // a clock time without a colon is not taken for one
    ])
    func aDayAloneHasNoTime(_ text: String) throws {
        let stamp = try #require(MetadataDate.stamp(from: text), "\(text)")
        #expect(stamp.time == nil, "\(text): \(String(describing: stamp.time))")
    }

    @Test(arguments: ["2024-12-05 25:10:00", "2024-12-05 10:75", "2024-12-05 123:45"])
    func anImpossibleClockGivesTheDayWithoutATime(_ text: String) throws {
        let stamp = try #require(MetadataDate.stamp(from: text), "\(text)")
        #expect(stamp.day.description == "2024-12-05" && stamp.time == nil, "\(text)")
    }

    @Test func noDayNoStampEvenWithATime() {
        #expect(MetadataDate.stamp(from: "at 10:30") == nil)
        #expect(MetadataDate.stamp(from: "") == nil)
    }
}
