@testable import BriefingSources
import BriefingModel
import Foundation
import TestSupport
import Testing

/// Markdown read through a real parser (Ink): what the author's markup means, not line shapes.
@Suite struct MarkdownReaderTests {
    func read(_ text: String) throws -> Article {
        let folder = try TemporaryFolder()
        try folder.write("note.md", text)
        return try #require(try CorpusReader().read([folder.path]).articles.first)
    }

    @Test func setextHeadingIsTheTitle() throws {
        let article = try read("Budget vote delayed\n===================\n\nThe vote moved to next week.")
        #expect(article.title == "Budget vote delayed")
        #expect(article.body == "The vote moved to next week.")
    }

    @Test func codeFencesAreNotProse() throws {
        let article = try read("# Release\n\nThe tool was released.\n\n```\nlet code = \"not prose\"\n```\n\nIt is free.")
        #expect(article.body == "The tool was released.\nIt is free.")
    }

    @Test func listsReferenceLinksAndTablesReadAsText() throws {
        let article = try read("""
        # Plan

        The [speaker][1] listed two points:

        - first point
        - second point

        | Party | Seats |
        |---|---|
        | Red | 12 |

        [1]: https://example.com/speaker
        """)
        #expect(article.body == "The speaker listed two points:\nfirst point\nsecond point\nParty Seats\nRed 12")
    }
}
