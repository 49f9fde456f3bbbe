@testable import BriefingRender
import Foundation
import Testing

/// Overlong runs get invisible break opportunities; ordinary text is unchanged.
@Suite struct LongRunsTests {
    @Test func ordinaryTextIsUnchanged() {
        let text = "Ministers met on Monday at https://example.org/news/2024/12/05/ministers-meet-again, officials said."
        #expect(LongRuns.breakable(text) == text)
    }

    @Test func aLongRunBreaksEverySixtyFourCharacters() {
        let run = String(repeating: "&a;", count: 100)
        let broken = LongRuns.breakable("x " + run)
        #expect(broken.replacingOccurrences(of: "\u{200B}", with: "") == "x " + run)
        let pieces = broken.dropFirst(2).split(separator: "\u{200B}")
        #expect(pieces.count == 5)
        #expect(pieces.allSatisfy { $0.unicodeScalars.count <= LongRuns.longestRun })
    }

    @Test func markupCountsTheBreaksItShows() {
        let markup = Markup(String(repeating: "x", count: 200))
        #expect(markup.displayedBytes == 200 + 3 * 3)
    }
}
