import BriefingRender
import Foundation

/// Finds a style by name (`default` → `styles/default.toml`) or by path.
///
/// Styles are looked up in `./styles`, then in the `styles` folder of the checkout the binary was
/// built in (so `.build/release/briefing` works from any directory).
public enum StyleLocator {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(name: String, searched: [String])

        public var description: String {
            switch self {
            case .notFound(let name, let searched):
                return "style '\(name)' not found (looked in \(searched.joined(separator: ", ")))"
            }
        }
    }

    public static func path(for name: String) throws -> String {
        if name.hasSuffix(".toml") || name.contains("/") {
            guard FileManager.default.fileExists(atPath: name) else {
                throw Failure.notFound(name: name, searched: [name])
            }
            return name
        }
        let candidates = searchFolders().map { "\($0)/\(name).toml" }
        guard let found = candidates.first(where: FileManager.default.fileExists(atPath:)) else {
            throw Failure.notFound(name: name, searched: candidates)
        }
        return found
    }

    /// The named style. `default` is built in, so a binary copied away from its checkout still
    /// works; a file named `default.toml` on the search path overrides it.
    public static func load(_ name: String) throws -> Style {
        do {
            return try Style.load(path: path(for: name))
        } catch Failure.notFound where name == "default" {
            return Style.default
        }
    }

    static func searchFolders() -> [String] {
        var folders = [FileManager.default.currentDirectoryPath + "/styles"]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            folders.append(folder.path + "/styles")
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }
}
