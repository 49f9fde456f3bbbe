import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// What helps a reader find their way: the table of contents and its page numbers, running
/// headers, links to source URLs, page labels, metadata; and the same bytes on every run.
@Suite(.serialized)
struct NavigationTests {
    /// This test's own folder, removed when the test's instance goes away.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    /// Renders into the test's folder, or into `BRIEFING_RENDER_KEEP` (kept) to look at the result.
    private func render(_ briefing: Briefing = RenderFixture.briefing(), style: Style = .default,
                        author: String? = nil, name: String = "nav.pdf") throws -> String {
        let path = (ProcessInfo.processInfo.environment["BRIEFING_RENDER_KEEP"] ?? folder.path) + "/" + name
        try PDFRenderer(style: style, author: author).render(briefing, toPDF: path)
        return path
    }

    private func pageText(_ path: String, _ page: Int) throws -> String {
        try PDFTools.run("pdftotext", ["-f", String(page), "-l", String(page), "-layout", path, "-"]).output
    }

    @Test func contentsGiveThePageEachSectionStartsOn() throws {
        let briefing = RenderFixture.briefing(articleCount: 150)
        let path = try render(briefing)
        let first = try pageText(path, 1)
        #expect(first.contains("Contents"))
        let pages = PDFRenderer(style: .default).pageCount(of: briefing)
        for title in BriefingComposer.sectionTitles {
            // The contents are in two columns: the entry is the title, its dotted leader and
            // the first number after it on its line.
            let line = try #require(first.split(separator: "\n").first { $0.contains(title + " ") }, "no contents line for \(title)")
            let after = line[line.range(of: title + " ")!.upperBound...]
            let number = try #require(after.split(separator: " ").lazy.compactMap { Int($0) }.first, "no page number: \(line)")
            #expect((1...pages).contains(number))
            // The section's heading is on that page (a line of its own).
            let onPage = try pageText(path, number).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(onPage.contains(title), "\(title) is not on page \(number)")
        }
    }

    @Test func runningHeaderNamesTheSection() throws {
        let briefing = RenderFixture.briefing(articleCount: 150)
        let path = try render(briefing, style: RenderFixture.fullStyle)
        let pages = PDFRenderer(style: RenderFixture.fullStyle).pageCount(of: briefing)
        let last = try pageText(path, pages)
        let header = try #require(last.split(separator: "\n").first)
        #expect(header.hasSuffix("Sources"), "\(header)")
        #expect(last.contains("Page \(pages) of \(pages)"))
    }

    @Test func sourceURLsAreExternalLinksAndPagesAreLabelled() throws {
        let path = try render()
        let qdf = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(qdf.contains("/URI (https://example.org/news/2024/03/a-rather-long-path-segment-0?ref=briefing&utm=none)"))
        #expect(qdf.contains("/PageLabels"))
        // The contents link to the sections.
        #expect(qdf.contains("section-1"))
        let check = try PDFTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func metadataIsComplete() throws {
        let path = try render(author: "Press Office")
        let info = try PDFTools.run("pdfinfo", [path]).output
        #expect(info.contains("Author:          Press Office"))
        #expect(info.contains("Subject:         Media briefing on 60 articles from 5 outlets"))
        #expect(info.contains("Keywords:        arms control"))
        #expect(info.contains("CreationDate:    Mon Mar 18 00:00:00 2024 UTC"))
    }

    @Test func coverNeverSaysZeroSources() throws {
        var briefing = RenderFixture.briefing(articleCount: 8)
        briefing.corpus.sourceCount = 0
        let path = try render(briefing)
        let text = try pageText(path, 1)
        #expect(text.contains("outlets not stated"))
        #expect(!text.contains("0 sources") && !text.contains("0 outlets"))
    }

    @Test func theSameBriefingGivesTheSameBytes() throws {
        let a = try render(name: "a.pdf")
        let b = try render(name: "b.pdf")
        let first = try Data(contentsOf: URL(fileURLWithPath: a))
        let second = try Data(contentsOf: URL(fileURLWithPath: b))
        #expect(first == second)
        // A different generation day changes the file: the date is really in it.
        var later = RenderFixture.briefing()
        later.generated = Day(year: 2024, month: 3, day: 19)!
        let c = try Data(contentsOf: URL(fileURLWithPath: try render(later, name: "c.pdf")))
        #expect(c != first)
    }
}

/// Links inside table cells (the timeline's citations) are clickable too.
@Suite(.serialized)
struct TableLinkTests {
    private func linkCount(_ briefing: Briefing) throws -> Int {
        let folder = try TemporaryFolder()
        let path = folder.path + "/t.pdf"
        try PDFRenderer(style: .default).render(briefing, toPDF: path)
        let qdf = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        return qdf.components(separatedBy: "/Subtype /Link").count - 1
    }

    @Test func citationsInTableCellsAreLinks() throws {
        let briefing = RenderFixture.briefing()
        var uncited = briefing
        uncited.timeline = briefing.timeline.map {
            TimelineEntry(date: $0.date, label: $0.label, weight: $0.weight, articles: [])
        }
        let citedNumbers = briefing.timeline.reduce(0) { $0 + Set($1.articles).count }
        #expect(try linkCount(briefing) - linkCount(uncited) >= citedNumbers)
    }

    /// A reaction's actor who is in the participants table links to that entry, and the entry is
    /// a named destination; an actor who is not a participant ("allies") stays plain text.
    @Test func participantNamesLinkToTheirEntries() throws {
        let briefing = RenderFixture.briefing()
        let folder = try TemporaryFolder()
        let path = folder.path + "/p.pdf"
        try PDFRenderer(style: RenderFixture.fullStyle).render(briefing, toPDF: path)
        let qdf = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        let linked = briefing.reactions.flatMap(\.actors).filter { actor in briefing.participants.contains { $0.name == actor } }
        #expect(!linked.isEmpty)
        for actor in linked {
            let destination = ParticipantsSection.destination(actor)
            // Named once as a destination, and used by at least one link.
            #expect(qdf.components(separatedBy: destination).count - 1 >= 2, "\(actor)")
        }
        #expect(!qdf.contains(ParticipantsSection.destination("allies")))
        #expect(try PDFTools.run("qpdf", ["--check", path]).status == 0)
    }

    @Test func participantDestinationsAreDistinct() {
        let names = ["José Martí", "Jose Marti", "Владимир Путин", "Xi Jinping"]
        #expect(Set(names.map(ParticipantsSection.destination)).count == names.count)
    }
}
