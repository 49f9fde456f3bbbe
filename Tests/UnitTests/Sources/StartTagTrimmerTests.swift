@testable import BriefingSources
import Testing

/// Start tags lose the attributes the walk never reads; anything the tokenizer rules cannot
/// read with certainty is left for libxml2.
@Suite struct StartTagTrimmerTests {
    func pruned(_ html: String) -> String {
        let bytes = Array(html.utf8)
        return bytes.withUnsafeBytes { String(decoding: PagePruner($0).output, as: UTF8.self) }
    }

    @Test func unreadAttributesGoReadOnesStay() {
        #expect(pruned(#"<a href="/x?a=1&b=2" data-track='{"k": 1}' class="story-link">Text</a>"#) == #"<a class="story-link">Text</a>"#)
        #expect(pruned(#"<DIV ID=main Style="display:none" onclick="go()" hidden>x</DIV>"#) == #"<DIV ID=main Style="display:none" hidden>x</DIV>"#)
        #expect(pruned(#"<p itemprop="articleBody" role=main aria-hidden="true" title="a > b">x</p>"#)
                == #"<p itemprop="articleBody" role=main aria-hidden="true">x</p>"#)
    }

    @Test func metadataElementsStayWhole() {
        let head = #"<meta property="og:title" content="A title"><link rel="canonical" href="https://example.com/a"><time datetime="2020-01-02" class="t">"#
        #expect(pruned(head) == head)
    }

    @Test func selfClosingSlashesStay() {
        #expect(pruned(#"<br data-x="1"/><img src=a.png alt="x" />"#) == "<br/><img/>")
        #expect(pruned(#"<img src=a/b/>"#) == "<img>")
    }

    @Test func brokenTagsAreLeftForLibXML2() {
        for broken in [#"<a href="unclosed>text</a>"#, #"<a href="x<y">t</a>"#, #"<a href="x" class=<b>t</b>"#, #"<div class="x""#] {
            #expect(pruned(broken) == broken)
        }
        // Text that is not a tag.
        #expect(pruned("1 < 2 and </p> <!DOCTYPE html>") == "1 < 2 and </p> <!DOCTYPE html>")
    }
}
