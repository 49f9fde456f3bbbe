import BriefingKit
import BriefingModel
import Foundation
import TestSupport
import Testing

/// The same files in any order make the same briefing, byte for byte.
@Suite struct InputOrderTests {
    @Test func inputOrderChangesNeitherJSONNorPDF() throws {
        let folder = try TemporaryFolder()
        let bodies = [
            "Budget talks resume\nMinisters met again on Monday in Brussels to settle the budget. Anna Weber led the talks.",
            "Harbour strike ends\nDock workers returned on Tuesday after a pay deal with the port authority in Hamburg.",
            "Rail line reopens\nTrains ran again through the valley on Wednesday, said Anna Weber of the rail board.",
        ]
        // The same relative names in two folders: one of each pair must become `…#2`.
        for (index, body) in bodies.enumerated() {
            try folder.write("east/00\(index).txt", body)
            try folder.write("west/00\(index).txt", body.replacingOccurrences(of: "Monday", with: "Friday") + " West edition.")
        }
        let east = folder.path + "/east", west = folder.path + "/west"
        let day = try #require(Day(year: 2024, month: 12, day: 5))
        let pipeline = BriefingPipeline(duplicates: nil)
        let one = try pipeline.analyze([east, west], generated: day)
        let other = try pipeline.analyze([west, east], generated: day)
        #expect(one.articles.contains { $0.id.hasSuffix("#2") })
        #expect(try one.jsonData() == other.jsonData())

        try BriefingPipeline.render(one, to: folder.path + "/one.pdf", style: .default)
        try BriefingPipeline.render(other, to: folder.path + "/other.pdf", style: .default)
        #expect(FileManager.default.contents(atPath: folder.path + "/one.pdf") == FileManager.default.contents(atPath: folder.path + "/other.pdf"))
    }
}
