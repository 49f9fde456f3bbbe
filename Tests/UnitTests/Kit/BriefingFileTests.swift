import BriefingKit
import BriefingModel
import Foundation
import TestSupport
import Testing

/// The briefing JSON reads back whole, older files without later fields still read, and a broken
/// file says where it is broken.
@Suite struct BriefingFileTests {
    private func sample() -> Briefing {
        let corpus = Corpus(articleCount: 1, sourceCount: 1, undatedCount: 0, firstDay: Day(year: 2024, month: 12, day: 5)!, lastDay: Day(year: 2024, month: 12, day: 5)!,
                            skipped: [SkippedFile(path: "bad.xml", reason: "malformed", line: 3, column: 7)])
        let article = ArticleDigest(id: "a", title: "Talks in Vienna", date: Day(year: 2024, month: 12, day: 5)!, source: "Wire", url: nil,
                                    keyphrases: ["arms control"], summary: ["Ministers met."], participants: ["Anna Berg"])
        var b = Briefing(title: "Week", generated: Day(year: 2024, month: 12, day: 9)!, corpus: corpus,
                         executiveSummary: [CitedSentence(text: "Ministers met.", articles: ["a"])],
                         articles: [article],
                         participants: [Participant(name: "Anna Berg", kind: .person, roles: ["Foreign Minister"], mentions: 2,
                                                    articles: ["a"], roleSources: [RoleSource(role: "Foreign Minister", articles: ["a"])])],
                         topics: [Topic(label: "arms control", terms: ["arms control"], mentions: 1, articles: ["a"], watched: true)],
                         reactions: [ReactionTheme(theme: "welcomes talks", tone: .positive, actors: ["Anna Berg"], mentions: 1,
                                                   articles: ["a"], quotes: [Quote(text: "Useful.", article: "a")], hedged: true)],
                         stories: [Story(title: "Talks", articles: ["a"], summary: ["Ministers met."])],
                         timeline: [TimelineEntry(date: Day(year: 2024, month: 12, day: 5)!, label: "Talks", weight: 1, articles: ["a"])],
                         timelineNote: nil)
        b.cooccurrences = []
        return b
    }

    @Test func aCountTooLargeToAddUpIsNamedNotATrap() throws {
        let folder = try TemporaryFolder()
        let json = String(decoding: try sample().jsonData(), as: UTF8.self)
        let edited = json.replacingOccurrences(of: "\"mentions\" : 2", with: "\"mentions\" : 9223372036854775807")
        #expect(edited != json)
        let path = try folder.write("huge.json", edited)
        let error = #expect(throws: BriefingFile.Failure.self) { try BriefingFile.load(path) }
        #expect(error?.reason.contains("participants[0].mentions") == true)
    }

    @Test func aWrittenBriefingReadsBackEqual() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("b.json", data: try sample().jsonData())
        #expect(try BriefingFile.load(path) == sample())
    }

    @Test func fieldsAddedLaterDefaultWhenAbsent() throws {
        var object = try JSONSerialization.jsonObject(with: try sample().jsonData()) as! [String: Any]
        object["cooccurrences"] = nil
        var participant = (object["participants"] as! [[String: Any]])[0]
        participant["roleSources"] = nil
        object["participants"] = [participant]
        var topic = (object["topics"] as! [[String: Any]])[0]
        topic["watched"] = nil
        object["topics"] = [topic]
        var reaction = (object["reactions"] as! [[String: Any]])[0]
        reaction["hedged"] = nil
        object["reactions"] = [reaction]
        var corpus = object["corpus"] as! [String: Any]
        for key in ["skipped", "warnings", "window", "outsideWindow", "undatedDropped", "duplicatesMerged"] { corpus[key] = nil }
        object["corpus"] = corpus
        let folder = try TemporaryFolder()
        let path = try folder.write("old.json", data: try JSONSerialization.data(withJSONObject: object))

        let back = try BriefingFile.load(path)
        #expect(back.participants[0].roleSources.isEmpty)
        #expect(back.participants[0].roles == ["Foreign Minister"])
        #expect(back.topics[0].watched == false)
        #expect(back.reactions[0].hedged == false)
        #expect(back.corpus.skipped.isEmpty)
        #expect(back.corpus.articleCount == 1)
        #expect(back.articles == sample().articles)
    }

    @Test func aMissingRequiredFieldIsNamedWithItsPath() throws {
        var object = try JSONSerialization.jsonObject(with: try sample().jsonData()) as! [String: Any]
        var participant = (object["participants"] as! [[String: Any]])[0]
        participant["kind"] = nil
        object["participants"] = [participant]
        let folder = try TemporaryFolder()
        let path = try folder.write("edited.json", data: try JSONSerialization.data(withJSONObject: object))
        #expect(throws: BriefingFile.Failure(path: path, reason: "missing field 'participants[0].kind'")) {
            try BriefingFile.load(path)
        }
    }

    @Test func aSyntaxErrorNamesTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("broken.json", "{\n  \"title\": \"Week\",\n  \"generated\": oops\n}\n")
        do {
            _ = try BriefingFile.load(path)
            Issue.record("a broken file was read")
        } catch let failure as BriefingFile.Failure {
            #expect(failure.path == path)
            #expect(failure.line == 3)
            #expect(failure.description.hasPrefix(path + ":3: is not valid JSON"))
        }
    }
}
