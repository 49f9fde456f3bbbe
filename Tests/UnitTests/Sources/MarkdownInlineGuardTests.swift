@testable import BriefingSources
import Foundation
import TestSupport
import Testing

/// Openings Ink would scan for and abandon are written as references first; what Ink can read
/// whole is left as it is, and the text read back is the same.
@Suite struct MarkdownInlineGuardTests {
    @Test func openingsThatNeverCloseBecomeReferences() {
        #expect(MarkdownInlineGuard.guarded("[a](") == "&#91;a&#93;(")
        #expect(MarkdownInlineGuard.guarded("[a] b") == "&#91;a&#93; b")
        #expect(MarkdownInlineGuard.guarded("a < b") == "a &lt; b")
        #expect(MarkdownInlineGuard.guarded("<b never closed") == "&lt;b never closed")
        #expect(MarkdownInlineGuard.guarded("AT&T said") == "AT&amp;T said")
    }

    @Test func whatInkReadsWholeIsLeftAlone() {
        for text in ["See [the text](https://example.org/a?b=1&c=(2)) now.", "[a][ref] and ![img](x.png)",
                     "Fish &amp; chips <b>bold</b>", "Code `[a](` and `<b` stays", "```\n[a](\n```",
                     "[1]: https://example.com/a?b&c"] {
            #expect(MarkdownInlineGuard.guarded(text) == text)
        }
    }

    @Test func linksNestNoDeeperThanThree() {
        let text = "[a [b [c [d](x)](x)](x)](x)"
        #expect(MarkdownInlineGuard.guarded(text) == "[a [b [c &#91;d&#93;(x)](x)](x)](x)")
    }

    @Test func theTextReadBackKeepsEveryCharacter() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "# Talks\n\nThe [nested [note] here](https://example.org) said a < b & c [d](.\n")
        let body = try #require(try CorpusReader().read([folder.path]).articles.first).body
        #expect(body.contains("nested [note] here"))
        #expect(body.contains("a < b & c [d]("))
    }

    /// Each of these held Ink for minutes (every opening scanned to the end of its line or file).
    @Test(arguments: [String(repeating: "[a](", count: 50_000), String(repeating: "<", count: 200_000),
                      String(repeating: "<!--", count: 50_000), String(repeating: "&", count: 200_000),
                      String(repeating: String(repeating: "[", count: 100) + "\n", count: 2_000),
                      String(repeating: "[<b>](u)", count: 20_000)])
    func hostileRunsAreReadWhole(_ body: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "# Runs\n\n" + body + "\n")
        let result = try CorpusReader().read([folder.path])
        #expect(result.articles.count == 1)
        #expect(result.articles.first?.title == "Runs")
    }
}
