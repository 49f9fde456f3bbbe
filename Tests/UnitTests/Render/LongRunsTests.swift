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

/// A piece longer than any a briefing needs is cut at a word when laid out.
@Suite struct DisplayedLengthTests {
    @Test func ordinaryPiecesAreUnchanged() {
        let sentence = String(repeating: "Ministers met again on Monday. ", count: 40)
        #expect(DisplayedLength.bounded(sentence) == sentence)
    }

    @Test func anOverlongPieceIsCutWithAnEllipsis() {
        let blob = String(repeating: "&a;", count: 400_000)
        let shown = DisplayedLength.bounded(blob)
        #expect(shown.count == DisplayedLength.longest + 1)
        #expect(shown.hasSuffix("\u{2026}"))
        #expect(Markup(blob).displayedBytes < 5 * DisplayedLength.longest)
    }
}
