import Testing
@testable import BriefingAnalysis

@Suite("hasASCIISuffix answers as hasSuffix")
struct ASCIISuffixTests {
    /// Including words whose last bytes match but whose characters do not (a combining mark, a
    /// prepended mark joined to the suffix's first letter).
    @Test func agreesWithHasSuffix() {
        let words = ["", "d", "ed", "talked", "talkeD", "quickly", "ly", "caf\u{E9}d", "e\u{301}d",
                     "ed\u{301}", "x\u{600}ed", "na\u{EF}ve", "\u{1F600}ly", "countries", "glasses"]
        for w in words {
            #expect(w.hasASCIISuffix("ed") == w.hasSuffix("ed"), "\(w)")
            #expect(w.hasASCIISuffix("ly") == w.hasSuffix("ly"), "\(w)")
            #expect(w.hasASCIISuffix("ies") == w.hasSuffix("ies"), "\(w)")
            #expect(w.hasASCIISuffix("sses") == w.hasSuffix("sses"), "\(w)")
        }
        #expect("talked".hasASCIISuffix("ed"))
        #expect(!"x\u{600}ed".hasASCIISuffix("ed"))
    }
}
