import BriefingSupport
import BriefingModel
import Foundation
import TOMLKit

/// Reads the analyst's watchlist (`--topics FILE`): the topics to follow and the terms that
/// count as a mention of each.
///
/// Two spellings are accepted, because analysts write lists by hand:
/// ```toml
/// [[topic]]
/// label = "arms control"
/// terms = ["New START", "nuclear non-proliferation"]
///
/// [topics]                       # or one line per topic
/// "climate" = ["emissions", "carbon tax"]
/// ```
/// A malformed file is an error that names the problem, never a silently empty watchlist.
public enum WatchlistReader {
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func read(path: String) throws -> [WatchedTopic] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "\(path): cannot read the watchlist")
        }
        do {
            return try parse(String(decoding: data, as: UTF8.self))
        } catch let problem as Problem {
            throw Problem(description: "\(path): \(problem.description)")
        }
    }

    public static func parse(_ text: String) throws -> [WatchedTopic] {
        if let nul = NULByte.position(in: text) { throw Problem(description: NULByte.message(at: nul)) }
        if let line = TOMLHeaderCheck.abortingLine(in: text) {
            throw Problem(description: "malformed TOML at line \(line): a table name or an array value the parser cannot read")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(description: "malformed TOML at line \(error.source.begin.line): \(error.description)")
        } catch {
            throw Problem(description: "malformed TOML: \(error)")
        }
        var out: [WatchedTopic] = []
        for key in table.keys.sorted() {
            switch key {
            case "topic":
                guard let list = table[key]?.array else { throw Problem(description: "'topic' must be [[topic]] tables") }
                for item in list {
                    guard let t = item.table, let label = t["label"]?.string, !label.isEmpty else {
                        throw Problem(description: "every [[topic]] needs a label = \"...\"")
                    }
                    out.append(WatchedTopic(label: label, terms: try strings(t["terms"], in: label)))
                }
            case "topics":
                guard let t = table[key]?.table else { throw Problem(description: "[topics] must be a table") }
                for label in t.keys.sorted() { out.append(WatchedTopic(label: label, terms: try strings(t[label], in: label))) }
            default:
                throw Problem(description: "unknown key '\(key)' (write [[topic]] tables or a [topics] table)")
            }
        }
        return out
    }

    private static func strings(_ value: (any TOMLValueConvertible)?, in label: String) throws -> [String] {
        guard let value else { return [] }
        if let s = value.string { return [s] }
        guard let array = value.array else { throw Problem(description: "terms of '\(label)' must be a list of strings") }
        return try array.map { item in
            guard let s = item.string else { throw Problem(description: "terms of '\(label)' must be strings") }
            return s
        }
    }
}
