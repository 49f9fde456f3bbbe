import BriefingSupport
import Foundation
import TOMLKit

/// Reads style files: parses the TOML, resolves `extends`, then applies each key in turn.
///
/// TOMLKit values are classes and not `Sendable`, so they never leave this loader: the result
/// is a plain `Style` value.
struct StyleLoader {
    func load(path: String) throws -> Style {
        try load(path: path, visited: [])
    }

    private func load(path: String, visited: [String]) throws -> Style {
        let table = try parse(path: path)
        let fileName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent

        var style = try base(of: table, path: path, visited: visited + [path])
        style.name = fileName
        if let value = table["name"] {
            guard let name = value.string, !name.isEmpty else {
                throw StyleError(file: path, key: "name",
                                 kind: .badValue(expected: "a non-empty string", found: describe(value)))
            }
            style.name = name
        }

        // Collect the dotted keys first so `page.size` applies before explicit width/height.
        var entries: [(key: String, value: any TOMLValueConvertible)] = []
        for key in table.keys.sorted() where key != "name" && key != "extends" {
            guard let value = table[key] else { continue }
            guard StyleKey.sections.contains(key) else {
                throw StyleError(file: path, key: key, kind: .unknownKey)
            }
            guard let section = value.table else {
                throw StyleError(file: path, key: key,
                                 kind: .badValue(expected: "a table ([\(key)])", found: describe(value)))
            }
            for subkey in section.keys.sorted() {
                if let subvalue = section[subkey] { entries.append(("\(key).\(subkey)", subvalue)) }
            }
        }
        entries.sort { ($0.key == "page.size" ? 0 : 1, $0.key) < ($1.key == "page.size" ? 0 : 1, $1.key) }
        for (key, value) in entries {
            guard let spec = StyleKey.all[key] else {
                throw StyleError(file: path, key: key, kind: .unknownKey)
            }
            guard spec.apply(&style, value) else {
                throw StyleError(file: path, key: key,
                                 kind: .badValue(expected: spec.expected, found: describe(value)))
            }
        }
        return style
    }

    private func parse(path: String) throws -> TOMLTable {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw StyleError(file: path, kind: .unreadable(reason: error.localizedDescription))
        }
        if text.utf8.contains(0) {
            throw StyleError(file: path, kind: .syntax(reason: "holds a NUL byte; TOML is text"))
        }
        if let line = TOMLHeaderCheck.abortingLine(in: text) {
            throw StyleError(file: path, kind: .syntax(reason: "line \(line): a table name or an array value the parser cannot read"))
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw StyleError(file: path, kind: .syntax(reason: error.debugDescription))
        } catch {
            throw StyleError(file: path, kind: .syntax(reason: "\(error)"))
        }
    }

    /// The style this file starts from: its `extends`, else the built-in default.
    private func base(of table: TOMLTable, path: String, visited: [String]) throws -> Style {
        guard let value = table["extends"] else { return .default }
        guard let name = value.string, !name.isEmpty, !name.contains("/") else {
            throw StyleError(file: path, key: "extends",
                             kind: .badValue(expected: "the name of a style beside this file (\"default\")",
                                             found: describe(value)))
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        let basePath = directory.appendingPathComponent(name + ".toml").path
        if FileManager.default.fileExists(atPath: basePath) {
            let standard = URL(fileURLWithPath: basePath).standardizedFileURL.path
            if visited.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == standard }) {
                throw StyleError(file: path, key: "extends",
                                 kind: .badBase(reason: "'\(name)' extends itself (a loop)"))
            }
            return try load(path: basePath, visited: visited)
        }
        if name == "default" { return .default }
        throw StyleError(file: path, key: "extends",
                         kind: .badBase(reason: "no style '\(name)' (looked for \(basePath))"))
    }

    private func describe(_ value: any TOMLValueConvertible) -> String {
        let text = value.tomlValue.debugDescription
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "\(value.type) \(shown)"
    }
}
