@testable import BriefingRender
import Testing

struct HyphenatorTests {
    @Test func longWordsGetSoftHyphensAndTextIsOtherwiseUnchanged() throws {
        let hyphenator = try #require(Hyphenator(), "hyphen-en-us is not installed")
        let text = "Negotiators discussed verification & <limits>, 2024."
        let result = hyphenator.hyphenate(text)
        #expect(result.contains("\u{00AD}"))
        #expect(result.replacingOccurrences(of: "\u{00AD}", with: "") == text)
        // Short words stay whole.
        #expect(hyphenator.hyphenate("the talks") == "the talks")
    }

    @Test func missingDictionaryMeansNoHyphenation() {
        #expect(Hyphenator(path: "/nonexistent/hyph.dic") == nil)
    }
}

import Foundation
