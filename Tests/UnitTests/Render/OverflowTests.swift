import BriefingModel
import BriefingRender
import Foundation
import TestSupport
import Testing

/// Hostile content (huge words, a summary longer than a page, many rows) must stay inside the
/// margins: every word's box, as pdftotext sees it, lies in the frame (or is the footer).
struct OverflowTests {
    private func words(in path: String) throws -> [(text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)] {
        let html = try PDFTools.run("pdftotext", ["-bbox", path, "-"]).output
        let pattern = try NSRegularExpression(
            pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).map { match in
            func group(_ i: Int) -> String { String(html[Range(match.range(at: i), in: html)!]) }
            return (group(5), Double(group(1))!, Double(group(2))!, Double(group(3))!, Double(group(4))!)
        }
    }

    private func hostileBriefing() -> Briefing {
        var b = RenderFixture.briefing(articleCount: 30)
        let giantWord = String(repeating: "Verification", count: 30)
        let longText = String(repeating: "The talks went on late into the night while delegations argued over the verification regime. ", count: 80)
        b.title = "A very long briefing title that keeps going " + giantWord
        b.stories.append(Story(title: giantWord, articles: [b.articles[0].id], summary: [longText]))
        b.executiveSummary.append(CitedSentence(text: giantWord, articles: [b.articles[1].id]))
        b.participants.append(Participant(name: giantWord, kind: .other, roles: [giantWord, longText],
                                          mentions: 1, articles: [b.articles[2].id]))
        b.articles[3].url = "https://example.org/" + String(repeating: "segment/", count: 60)
        b.articles[4].title = giantWord
        b.timeline.append(TimelineEntry(date: b.timeline[0].date, label: giantWord, weight: 10, articles: []))
        return b
    }

    @Test func hostileContentStaysInsideTheMargins() throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/hostile.pdf"
        let style = Style.default
        try PDFRenderer(style: style).render(hostileBriefing(), toPDF: path)
        #expect(try PDFTools.run("qpdf", ["--check", path]).status == 0)
        let all = try words(in: path)
        #expect(all.count > 500)
        // The footer: "Briefing · 18 March 2024" and "Page n of N".
        let footerWords: Set<String> = ["Briefing", "·", "Page", "of", "March"]
        for word in all {
            #expect(word.xMin >= style.marginLeft - 1 && word.xMax <= style.pageWidth - style.marginRight + 1,
                    "runs into the side margin: \(word)")
            if word.yMax > style.pageHeight - style.marginBottom + 1 {
                #expect(footerWords.contains(word.text) || Int(word.text) != nil, "runs into the bottom margin: \(word)")
            }
        }
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        #expect(text.contains("Sources"))
    }

    @Test func emptyBriefingStillRenders() throws {
        let empty = Briefing(title: "Nothing to report", generated: Day(year: 2024, month: 1, day: 2)!,
                             corpus: Corpus(articleCount: 0, sourceCount: 0, undatedCount: 0, firstDay: nil, lastDay: nil),
                             executiveSummary: [], articles: [], participants: [], topics: [], reactions: [],
                             stories: [], timeline: [], timelineNote: nil)
        let folder = try TemporaryFolder()
        let path = folder.path + "/empty.pdf"
        try PDFRenderer(style: .default).render(empty, toPDF: path)
        #expect(try PDFTools.run("qpdf", ["--check", path]).status == 0)
        let text = try PDFTools.run("pdftotext", [path, "-"]).output
        #expect(text.contains("Undated sources"))
        #expect(text.contains("no dates") || text.contains("no timeline"))
    }
}
