@testable import BriefingAnalysis
import BriefingModel
import BriefingSources
import PropertyBased
import Testing

/// The date grammars, metadata and running text, on generated strings: no trap, and every day
/// found lies in years 1-9999 (so the model can always write it).
@Suite struct DateGrammarFuzzTests {
    static let metadataPieces = ["1", "12", "05", "2024", "99999999999999999999", "0", ":", "-", "/", ".", ",", " ",
                                 "T", "Z", "+05:30", "Dec", "December", "Thu", "PM", "a.m.", "März", "13", "31", "60", "1733356800",
                                 "1733356800000", "24", "9999", "0001"]
    static let textPieces = ["last", "next", "this", "month", "year", "week", "weekend", "ago", "yesterday", "tomorrow",
                             "Friday", "on", "the", "day", "before", "after", "400", "3", "months", "years", "December",
                             "5", "2024", "early", "end", "of", "in", "said", ".", ",", "Monday", "24", "June", "9999"]

    @Test func metadataDatesStayInTheCalendar() async {
        let input = Gen<String?>.element(of: Self.metadataPieces).map { $0 ?? "" }.array(of: 0...12).map { $0.joined() }
        await FuzzBudget.rounds {
            await propertyCheck(count: FuzzBudget.count(smoke: 300), input: input) { text in
                guard let stamp = MetadataDate.stamp(from: text) else { return }
                #expect(Day(iso: stamp.day.description) == stamp.day, "\(text)")
                if let time = stamp.time { #expect(TimeOfDay(text: time.description) == time, "\(text)") }
            }
        }
    }

    @Test func datesInTextStayInTheCalendar() async {
        let words = Gen<String?>.element(of: Self.textPieces).map { $0 ?? "" }.array(of: 1...30).map { $0.joined(separator: " ") }
        let published = Gen.int(in: 1...9999).map { Day(year: $0, month: $0 % 12 + 1, day: $0 % 28 + 1) }
        await FuzzBudget.rounds {
            await propertyCheck(count: FuzzBudget.count(smoke: 200), input: words, published) { text, day in
                for found in DateExtractor.find(SentenceSplitter.split(title: "", body: text + "."), published: day) {
                    #expect(Day(iso: found.day.description) == found.day, "\(text)")
                    #expect(Day(iso: found.last.description) == found.last, "\(text)")
                }
            }
        }
    }
}
