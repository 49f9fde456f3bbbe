@testable import BriefingSources
import BriefingModel
import Testing

@Suite struct MetadataDateTests {
    @Test(arguments: [
        ("Thu, 05 Dec 2024 23:30:00 -0500", "2024-12-05"),   // RFC 822, numeric zone: the day as written
        ("Thu, 05 Dec 2024 23:30:00 EST", "2024-12-05"),     // named zone
        ("Thu, 5 Dec 2024 08:15 GMT", "2024-12-05"),         // no seconds
        ("05 Dec 24 08:15 +0100", "2024-12-05"),             // two-digit year
        ("Wed, 31 Jan 2018 07:26:05 GMT", "2018-01-31"),
        ("2024-12-05", "2024-12-05"),                        // ISO day
        ("2024-12-05T23:30:00Z", "2024-12-05"),
        ("2024-12-05T23:30:00.123456+05:30", "2024-12-05"),  // fractions and zone
        ("2017-07-17 17:03:00", "2017-07-17"),               // news-please
        ("December 5, 2024", "2024-12-05"),
        ("Thursday, December 5, 2024 at 3:00 PM", "2024-12-05"),
        ("5 December 2024", "2024-12-05"),
        ("Sept. 9, 2024", "2024-09-09"),
        ("2024/12/05", "2024-12-05"),
        ("12/05/2024", "2024-12-05"),                        // US order
        ("25/12/2024", "2024-12-25"),                        // day first when it must be
        ("05.12.2024", "2024-12-05"),                        // European dots
        ("20241205", "2024-12-05"),
        ("1733356800", "2024-12-05"),                        // Unix seconds
        ("1733356800000", "2024-12-05"),                     // Unix milliseconds
    ])
    func parses(_ text: String, _ expected: String) {
        #expect(MetadataDate.day(from: text)?.description == expected, "\(text)")
    }

    @Test(arguments: ["", "None", "yesterday", "2024", "Decade of change", "31 Feb 2024", "2024-13-05", "not a date 12"])
    func refuses(_ text: String) {
        #expect(MetadataDate.day(from: text) == nil, "\(text)")
    }
}

@Suite struct MetadataDateLanguageTests {
    @Test(arguments: [
        ("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24"),  // Portuguese
        ("Mi, 4 Dez 2024 10:00:00 +0100", "2024-12-04"),     // German
        ("5 févr. 2024", "2024-02-05"),                      // French
        ("3 de octubre de 2023", "2023-10-03"),              // Spanish
        ("03 Apr 02 1500 GMT", "2002-04-03"),                // two-digit year, colon-less time
    ])
    func parses(_ text: String, _ expected: String) {
        #expect(MetadataDate.day(from: text)?.description == expected, "\(text)")
    }
}

/// Dates written to overflow the reader's arithmetic: no trap, and no day from nonsense.
@Suite struct MetadataDateOverflowTests {
    @Test(arguments: ["1:9999999999999999999", "12:99999999999999999999999999 2024-12-05",
                      "99999999999999999999:00", "2024-12-05T23:30:99999999999999999999999",
                      "9999999999999", "99999999999999999999999999"])
    func manyDigitsNeverTrap(_ text: String) {
        let stamp = MetadataDate.stamp(from: text)
        if let day = stamp?.day { #expect(Day(iso: day.description) == day) }
    }

    @Test func aTimestampFarInTheFutureStaysInTheCalendar() throws {
        let day = try #require(MetadataDate.day(from: "9999999999999"))
        #expect(Day(iso: day.description) == day)
    }
}
