import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// Participants' names in running text lead to their entry in the participants table.
struct NameLinkTests {
    private let linker = NameLinker([
        (name: "Sergei Lavrov", aliases: ["Lavrov"], destination: "p-lavrov"),
        (name: "United States", aliases: ["US", "U.S."], destination: "p-us"),
        (name: "Anna Lavrov", aliases: ["Lavrov"], destination: "p-anna"),
    ])

    private func linked(_ text: String) -> [(String, String)] {
        linker.matches(in: text).map { (String(text[$0.range]), $0.destination) }
    }

    @Test func theLongestNameWinsAndOnlyWholeWordsMatch() {
        let found = linked("Sergei Lavrov met US envoys; USA and focus groups did not.")
        #expect(found.map(\.0) == ["Sergei Lavrov", "US"])
        #expect(found.map(\.1) == ["p-lavrov", "p-us"])
    }

    @Test func aSpellingSharedByTwoParticipantsLinksToNeither() {
        #expect(linked("Lavrov said so.").isEmpty)
    }

    @Test func eachParticipantIsLinkedAtItsFirstMentionOnly() {
        let found = linked("The United States and the U.S. Senate: the United States again.")
        #expect(found.count == 1)
        #expect(found.first?.0 == "United States")
    }

    @Test func linkedTextKeepsItsBytesAndTheRestIsHyphenated() throws {
        var markup = Markup()
        let hyphenator = try #require(Hyphenator())
        linker.append("Negotiations with Sergei Lavrov & representatives continued.", to: &markup,
                      hyphenator: hyphenator)
        let link = try #require(markup.links.first)
        #expect(link.destination == "p-lavrov")
        let shown = Array(Markup.clean(markup.markup.replacingOccurrences(of: "&amp;", with: "&")).utf8)
        #expect(String(decoding: shown[link.bytes], as: UTF8.self) == "Sergei Lavrov")
        // Words around the name may break; the name itself never does.
        #expect(markup.markup.contains("\u{AD}"))
        #expect(!String(decoding: shown[link.bytes], as: UTF8.self).contains("\u{AD}"))
    }

    /// The composed briefing links names in the summary, story summaries and quotes to the
    /// participants table, and the summary's citations to the numbered sources.
    @Test func composedRunningTextLinksNamesAndCitations() throws {
        var briefing = RenderFixture.briefing()
        let ids = briefing.articles.map(\.id)
        briefing.executiveSummary[0] = CitedSentence(text: "Sergei Lavrov told NATO envoys in Geneva to wait.",
                                                     articles: [ids[0], ids[2]])
        briefing.stories[0].summary = ["Blinken and the IAEA met in Geneva."]
        briefing.reactions[0].quotes = [Quote(text: "We thank Lavrov for coming.", article: ids[1])]
        let composer = BriefingComposer(style: RenderFixture.fullStyle, text: TextContext())
        let flow = composer.compose(briefing)
        let destinations = Set(Self.links(in: flow).map(\.destination))
        for name in ["Sergei Lavrov", "NATO", "Geneva", "Antony Blinken", "International Atomic Energy Agency"] {
            #expect(destinations.contains(ParticipantsSection.destination(name)), "\(name) not linked")
        }
        #expect(destinations.contains(CitationIndex.destination(1)) && destinations.contains(CitationIndex.destination(3)))
        // The quote's link: the alias leads to the full entry.
        let quoteLinks = flow.compactMap { $0 as? Paragraph }.filter { $0.style.font.italic }.flatMap(\.links)
        #expect(quoteLinks.contains { $0.destination == ParticipantsSection.destination("Sergei Lavrov") })
    }

    /// Every internal link of the rendered PDF has a destination of that name.
    @Test func everyInternalLinkHasADestination() throws {
        var briefing = RenderFixture.briefing()
        briefing.executiveSummary[0].text = "Sergei Lavrov and Antony Blinken met in Geneva."
        let folder = try TemporaryFolder()
        let path = folder.path + "/names.pdf"
        try PDFRenderer(style: .default).render(briefing, toPDF: path)
        let qdf = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        let linked = Set(Self.captures(of: #"/Dest \(([^)]*)\)"#, in: qdf))
        #expect(linked.contains(ParticipantsSection.destination("Geneva")))
        #expect(linked.contains(CitationIndex.destination(1)))
        // Named destinations are the strings on lines of their own in the /Names array.
        let named = Set(qdf.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("(") && $0.hasSuffix(")") }.map { String($0.dropFirst().dropLast()) })
        for destination in linked {
            #expect(named.contains(destination), "\(destination) has no named destination")
        }
    }

    private static func links(in flow: [any Flowable]) -> [LinkSpan] {
        flow.flatMap { flowable -> [LinkSpan] in
            if let p = flowable as? Paragraph { return p.links }
            if let h = flowable as? Heading { return h.paragraph.links }
            if let list = flowable as? BulletList { return list.items.flatMap(\.body.links) }
            if let group = flowable as? KeepTogether { return links(in: group.children) }
            return []
        }
    }

    private static func captures(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1))
        }
    }
}
