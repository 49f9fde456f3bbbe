/// The folder and the last component of a path, written out by hand.
///
/// Why: Foundation's `NSString.deletingLastPathComponent` on Linux (swift 6.3.1) traps on
/// relative names without a slash ("a", "sources.toml"), so an output name or a sidecar file at
/// the top of an input ended the run with a signal.
public enum PathParts {
    /// Everything before the last "/": "." when there is none, "/" for a file at the root.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Everything after the last "/" (the whole path when there is none).
    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
