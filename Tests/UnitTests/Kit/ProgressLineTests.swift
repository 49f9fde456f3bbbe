import BriefingKit
import Foundation
import Testing

/// The progress line's decisions: whether it is shown at all (a terminal, not quiet), when it is
/// drawn (after a second, then at most ten times a second), and that it leaves nothing behind.
/// Time is scripted, never waited for.
@Suite struct ProgressLineTests {
    /// A clock the test moves by hand, and the bytes the line wrote.
    final class Script: @unchecked Sendable {
        var now = 0.0
        var written: [String] = []
        lazy var line = ProgressLine(write: { [unowned self] in written.append($0) }, now: { [unowned self] in now })
    }

    @Test func shownOnlyOnATerminalAndNotWhenQuiet() {
        #expect(ProgressLine.isWanted(standardErrorIsTerminal: true, quiet: false))
        #expect(!ProgressLine.isWanted(standardErrorIsTerminal: false, quiet: false))
        #expect(!ProgressLine.isWanted(standardErrorIsTerminal: true, quiet: true))
        #expect(!ProgressLine.isWanted(standardErrorIsTerminal: false, quiet: true))
    }

    @Test func drawnAfterASecondThenAtMostEveryTenthOfASecond() {
        #expect(!ProgressLine.isDue(elapsed: 0.4, lastDrawn: nil))
        #expect(ProgressLine.isDue(elapsed: ProgressLine.delay, lastDrawn: nil))
        #expect(!ProgressLine.isDue(elapsed: 1.25, lastDrawn: 1.2))
        #expect(ProgressLine.isDue(elapsed: 1.31, lastDrawn: 1.2))
    }

    @Test func aShortRunWritesNothing() {
        let script = Script()
        let observer = script.line.observer
        observer.began(.read, nil)
        observer.advanced(.read, 3)
        script.now = 0.5
        observer.began(.analyse, 3)
        observer.advanced(.analyse, 3)
        script.line.finish()
        #expect(script.written.isEmpty)
    }

    @Test func aLongRunRedrawsOneLineWithStageAndCountThenClearsIt() {
        let script = Script()
        let observer = script.line.observer
        observer.began(.analyse, 10_000)
        script.now = 0.9
        observer.advanced(.analyse, 100)
        #expect(script.written.isEmpty)
        script.now = 1.0
        observer.advanced(.analyse, 100)
        script.now = 1.05
        observer.advanced(.analyse, 100)  // too soon after the last redraw
        script.now = 1.2
        observer.advanced(.analyse, 100)
        #expect(script.written == ["\rbriefing: analysing articles 200 of 10000\u{1B}[K",
                                   "\rbriefing: analysing articles 400 of 10000\u{1B}[K"])
        script.now = 2
        observer.began(.stories, nil)
        #expect(script.written.last == "\rbriefing: grouping stories\u{1B}[K")
        script.line.finish()
        #expect(script.written.last == "\r\u{1B}[K")
        script.line.finish()  // a second call writes nothing more
        #expect(script.written.count == 4)
    }

    @Test func aStageInPiecesKeepsItsCountAndTotal() {
        let script = Script()
        let observer = script.line.observer
        observer.began(.render, 8)
        observer.advanced(.render, 2)
        observer.began(.render, nil)
        observer.advanced(.render, 1)
        #expect(script.line.text == "briefing: drawing pages 3 of 8")
        observer.began(.read, nil)
        observer.advanced(.read, 5)
        #expect(script.line.text == "briefing: reading files 5")
    }
}
