import BriefingModel
import BriefingSources
import Foundation

@_exported import struct BriefingSources.ReadResult

/// Articles as JSON Lines, one object per article, for `briefing extract`: the clean text and
/// metadata the readers found, for other tools and for the extraction scorer.
public enum ArticleExport {
    /// One record; absent values are left out rather than written as null.
    struct Record: Encodable {
        let id: String
        let title: String
        let date: String?
        let time: String?
        let source: String?
        let url: String?
        let author: String?
        let text: String
    }

    /// Reads the inputs as the briefing would (every format, duplicates kept) and writes them.
    public static func extract(_ inputs: [String], reader: CorpusReader) throws -> (data: Data, read: ReadResult) {
        let read = try reader.read(inputs)
        return (try jsonLines(read.articles), read)
    }

    public static func jsonLines(_ articles: [Article]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for article in articles {
            let record = Record(id: article.id, title: article.title, date: article.date?.description,
                                time: article.time?.description, source: article.source, url: article.url,
                                author: article.author, text: article.body)
            output += try encoder.encode(record)
            output.append(0x0A)
        }
        return output
    }
}
