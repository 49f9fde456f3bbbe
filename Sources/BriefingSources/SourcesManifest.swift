import BriefingSupport
import BriefingModel
import Foundation
import TOMLKit

/// A sidecar `sources.toml` that gives plain-text articles the metadata their text cannot carry.
///
/// ```toml
/// [defaults]                      # for every file in this folder and below
/// source = "Example Wire"
///
/// ["004_3669a71923782340.txt"]    # a file, relative to this folder
/// date = 2024-12-05
/// source = "NDTV"
/// url = "https://example.com/story"
/// ```
/// Metadata an article already has (from its feed or front matter) wins over the manifest's.
struct SourcesManifest: Sendable {
    static let fileName = "sources.toml"

    struct Entry: Sendable, Equatable {
        var title: String?
        var date: Day?
        var source: String?
        var url: String?
    }

    /// The folder the manifest describes, relative to the input folder ("" for the input itself).
    let folder: String
    let defaults: Entry
    let files: [String: Entry]

    static let keys: Set<String> = ["title", "date", "source", "url"]

    init(text: String, folder: String, path: String) throws(FormatProblem) {
        if let nul = NULByte.position(in: text) {
            throw FormatProblem(NULByte.message(at: nul), line: nul.line, column: nul.column)
        }
        if let line = TOMLHeaderCheck.abortingLine(in: text) {
            throw FormatProblem("malformed TOML: a table name or an array value the parser cannot read", line: line, column: 1)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FormatProblem("malformed TOML: \(error.description)", line: error.source.begin.line,
                                column: error.source.begin.column)
        } catch {
            throw FormatProblem("malformed TOML: \(error)")
        }
        var defaults = Entry()
        var files: [String: Entry] = [:]
        for key in table.keys.sorted() {
            guard let entryTable = table[key]?.table else {
                throw FormatProblem("key '\(key)' must be a table: [defaults] or [\"file name\"]")
            }
            let entry = try Self.entry(entryTable, name: key)
            if key == "defaults" { defaults = entry } else { files[key] = entry }
        }
        self.folder = folder
        self.defaults = defaults
        self.files = files
    }

    static func entry(_ table: TOMLTable, name: String) throws(FormatProblem) -> Entry {
        var entry = Entry()
        for key in table.keys.sorted() {
            guard keys.contains(key) else {
                throw FormatProblem("unknown key '\(key)' in [\(name)] (known: date, source, title, url)")
            }
            let value = table[key]
            switch key {
            case "date":
                if let date = value?.date {
                    entry.date = Day(year: date.year, month: date.month, day: date.day)
                } else if let text = value?.string, let day = MetadataDate.day(from: text) {
                    entry.date = day
                } else {
                    throw FormatProblem("key 'date' in [\(name)] is not a date (write 2024-12-05)")
                }
            default:
                guard let text = value?.string else {
                    throw FormatProblem("key '\(key)' in [\(name)] must be a string")
                }
                switch key {
                case "title": entry.title = text
                case "source": entry.source = text
                default: entry.url = text
                }
            }
        }
        return entry
    }

    /// Whether the manifest speaks for a file at `relativePath` (relative to the input folder).
    func covers(_ relativePath: String) -> Bool {
        folder.isEmpty || relativePath.hasPrefix(folder + "/")
    }

    /// Fills what `article` lacks from the file's entry, then from the defaults.
    func apply(to article: inout Article, relativePath: String) {
        let local = folder.isEmpty ? relativePath : String(relativePath.dropFirst(folder.count + 1))
        if let own = files[local] {
            if let title = own.title { article.title = title }
            fill(&article, from: own)
        }
        fill(&article, from: defaults)
    }

    private func fill(_ article: inout Article, from entry: Entry) {
        if article.date == nil { article.date = entry.date }
        if article.source == nil { article.source = entry.source }
        if article.url == nil { article.url = entry.url }
    }
}
