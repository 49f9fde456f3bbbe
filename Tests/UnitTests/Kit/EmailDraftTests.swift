import BriefingKit
import BriefingModel
import Foundation
import Testing

/// The email draft must open in any mail client: well-formed headers, a quoted-printable digest,
/// the PDF attached byte for byte.
struct EmailDraftTests {
    private func briefing() -> Briefing {
        let a = ArticleDigest(id: "a", title: "Talks resume in Genève", date: Day(year: 2024, month: 3, day: 4),
                              source: "dw.com", url: "https://example.org/a")
        let b = ArticleDigest(id: "b", title: "Second article", date: Day(year: 2024, month: 3, day: 6),
                              source: nil, url: nil)
        return Briefing(title: "Weekly Briefing", generated: Day(year: 2024, month: 3, day: 18)!,
                        corpus: Corpus(articleCount: 2, sourceCount: 1, undatedCount: 0,
                                       firstDay: a.date, lastDay: b.date),
                        executiveSummary: [CitedSentence(text: String(repeating: "A long sentence about the talks. ", count: 8),
                                                         articles: ["b", "a"])],
                        articles: [a, b], participants: [], topics: [], reactions: [], stories: [],
                        timeline: [], timelineNote: nil)
    }

    /// The subject names the top development; the digest carries the developments with their
    /// headlines and what to watch.
    @Test func subjectNamesTheTopDevelopmentAndTheDigestWhatToWatch() throws {
        var b = briefing()
        b.executiveSummary = [CitedSentence(text: "Ministers agreed a ceasefire in Geneva on Monday.", articles: ["a"],
                                            headline: "Ceasefire agreed in Geneva", date: Day(year: 2024, month: 3, day: 4))]
        b.watch = [WatchItem(date: Day(year: 2024, month: 3, day: 9)!, text: "The council will vote on Saturday.", articles: ["b"])]
        let draft = EmailDraft(briefing: b, pdf: Data([1, 2, 3]), pdfName: "weekly.pdf")
        #expect(draft.subject.hasPrefix("Weekly Briefing — "))
        #expect(draft.subject.hasSuffix(": Ceasefire agreed in Geneva"))
        #expect(draft.body.contains("- 4 Mar 2024: Ceasefire agreed in Geneva"))
        #expect(draft.body.contains("  Ministers agreed a ceasefire in Geneva on Monday. [1]"))
        #expect(draft.body.contains("WHAT TO WATCH"))
        #expect(draft.body.contains("- 9 Mar 2024: The council will vote on Saturday. [2]"))
        // Without developments the subject is the title and the period, as before.
        var plain = briefing()
        plain.executiveSummary = []
        #expect(EmailDraft(briefing: plain, pdf: Data([1]), pdfName: "w.pdf").subject == "Weekly Briefing — 4–6 March 2024")
    }

    @Test func draftHasHeadersDigestAndTheAttachment() throws {
        let pdf = Data((0..<3000).map { UInt8($0 % 251) })
        let draft = EmailDraft(briefing: briefing(), pdf: pdf, pdfName: "weekly.pdf")
        let message = draft.message
        let lines = message.components(separatedBy: "\r\n")
        // "Weekly Briefing — 4–6 March 2024" is not ASCII: RFC 2047 encoded.
        #expect(lines.first?.hasPrefix("Subject: =?UTF-8?B?") == true)
        #expect(lines.contains("Date: Mon, 18 Mar 2024 00:00:00 +0000"))
        #expect(lines.contains("MIME-Version: 1.0"))
        #expect(lines.contains("Content-Disposition: attachment; filename=\"weekly.pdf\""))
        #expect(lines.allSatisfy { $0.utf8.count <= 78 }, "a line is too long for mail")
        #expect(!message.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF")

        // The digest cites sources by number and lists them.
        #expect(draft.body.contains("[1, 2]"))
        #expect(draft.body.contains("[1] Talks resume in Genève — dw.com, 4 Mar 2024"))
        #expect(draft.body.contains("https://example.org/a"))

        // The attachment decodes to the PDF's bytes.
        let start = try #require(lines.firstIndex(of: "Content-Disposition: attachment; filename=\"weekly.pdf\"")) + 2
        let end = try #require(lines.lastIndex { $0.hasPrefix("--=_briefing_") && $0.hasSuffix("--") })
        let decoded = try #require(Data(base64Encoded: lines[start..<end].joined()))
        #expect(decoded == pdf)
    }

    @Test func sameBriefingSameDraft() {
        let pdf = Data("%PDF-1.5".utf8)
        #expect(EmailDraft(briefing: briefing(), pdf: pdf, pdfName: "b.pdf").message
                == EmailDraft(briefing: briefing(), pdf: pdf, pdfName: "b.pdf").message)
    }
}

/// In a weekly series the email leads with what is new since the last briefing.
struct SeriesEmailTests {
    @Test func subjectAndDigestLeadWithWhatIsNew() throws {
        let a = ArticleDigest(id: "a", title: "Old thread", date: Day(year: 2024, month: 3, day: 4), source: "dw.com", url: nil)
        let b = ArticleDigest(id: "b", title: "New thread", date: Day(year: 2024, month: 3, day: 5), source: "dw.com", url: nil)
        var briefing = Briefing(title: "Weekly", generated: Day(year: 2024, month: 3, day: 11)!,
                                corpus: Corpus(articleCount: 2, sourceCount: 1, undatedCount: 0, firstDay: a.date, lastDay: b.date),
                                executiveSummary: [CitedSentence(text: "Talks went on.", articles: ["a"], headline: "Talks continue"),
                                                   CitedSentence(text: "A strike began.", articles: ["b"], headline: "Dock strike begins")],
                                articles: [a, b], participants: [], topics: [], reactions: [], stories: [],
                                timeline: [], timelineNote: nil)
        #expect(EmailDraft(briefing: briefing, pdf: Data(), pdfName: "w.pdf").subject.hasSuffix(": Talks continue"))
        briefing.changes = BriefingChanges(
            previousPeriod: .init(first: Day(year: 2024, month: 2, day: 26), last: Day(year: 2024, month: 3, day: 3)),
            previousTitle: "Weekly", volume: .init(articles: 2, previousArticles: 5),
            newStories: [.init(title: "Dock strike", articles: ["b"])],
            continuingStories: [.init(title: "Talks", previousTitle: "Talks", articles: ["a"], previousArticles: ["x"], similarity: 0.5)],
            endedStories: [], risingTopics: [], fadingTopics: [], newParticipants: [], seenArticles: [])
        #expect(EmailDraft(briefing: briefing, pdf: Data(), pdfName: "w.pdf").subject.hasSuffix(": New: Dock strike begins"))
        let digest = EmailDigest.text(for: briefing)
        let since = try #require(digest.range(of: "SINCE THE LAST BRIEFING"))
        let key = try #require(digest.range(of: "KEY DEVELOPMENTS"))
        #expect(since.lowerBound < key.lowerBound)
        #expect(digest.contains("- New: Dock strike [2]"))
    }
}
