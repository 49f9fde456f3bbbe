@testable import BriefingArchive
import BriefingModel
import Foundation
import TestSupport
import Testing

/// The series' archive: each build's period and model kept, a period built again replaced, a
/// damaged file set aside and named, never overwritten.
struct BriefingArchiveTests {
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func briefing(week: Int, articles: Int = 3) -> Briefing {
        let monday = Day(year: 2011, month: 3, day: 7)!.adding(days: week * 7)
        let digests = (0..<articles).map {
            ArticleDigest(id: "w\(week)/\($0)", title: "Article \($0)", date: monday.adding(days: $0), source: "wire",
                          url: "https://example.org/\(week)/\($0)", summary: ["A sentence about week \(week)."])
        }
        return Briefing(title: "Week \(week)", generated: monday.adding(days: 7),
                        corpus: Corpus(articleCount: articles, sourceCount: 1, undatedCount: 0, firstDay: monday,
                                       lastDay: monday.adding(days: articles - 1)),
                        executiveSummary: [], articles: digests, participants: [], topics: [], reactions: [],
                        stories: [], timeline: [], timelineNote: nil)
    }

    @Test func periodsAreKeptNewestFirstAndTheirModelsReadBack() throws {
        let archive = try BriefingArchive(path: folder.path + "/archive.sqlite")
        for week in [0, 2, 1] { try archive.record(briefing(week: week)) }
        let periods = try archive.periods()
        #expect(periods.map(\.title) == ["Week 2", "Week 1", "Week 0"])
        #expect(try archive.model(of: periods[1]) == briefing(week: 1))
        // Before week 2 began: weeks 1 and 0, and the articles they briefed.
        let start = try #require(briefing(week: 2).corpus.firstDay)
        #expect(try archive.periods(before: start).map(\.title) == ["Week 1", "Week 0"])
        #expect(try archive.briefedFingerprints(before: start).contains("https://example.org/1/2"))
        #expect(try !archive.briefedFingerprints(before: start).contains("https://example.org/2/0"))
    }

    @Test func aPeriodBuiltAgainReplacesItsRecord() throws {
        let archive = try BriefingArchive(path: folder.path + "/archive.sqlite")
        try archive.record(briefing(week: 0))
        var again = briefing(week: 0)
        again.title = "Week 0, corrected"
        try archive.record(again)
        #expect(try archive.periods().map(\.title) == ["Week 0, corrected"])
    }

    @Test func aDamagedArchiveIsSetAsideAndNamedNeverOverwritten() throws {
        let path = folder.path + "/archive.sqlite"
        let garbage = Data("this is not a database, but someone's notes\n".utf8)
        try garbage.write(to: URL(fileURLWithPath: path))
        var reported: [String] = []
        let archive = try BriefingArchive(path: path) { reported.append("\($0)") }
        try archive.record(briefing(week: 0))
        #expect(reported.count == 1 && reported[0].contains(path) && reported[0].contains("damaged-1"), "\(reported)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".damaged-1")) == garbage)
        #expect(try archive.periods().count == 1)
    }

    @Test func modelsAreStoredDeflated() throws {
        let json = try briefing(week: 0, articles: 40).jsonData()
        let deflated = try DeflatedData.deflate(json)
        #expect(deflated.count * 3 < json.count)
        #expect(try DeflatedData.inflate(deflated, size: json.count) == json)
        #expect(throws: DeflatedData.Failure.self) { try DeflatedData.inflate(deflated.prefix(10), size: json.count) }
    }
}
