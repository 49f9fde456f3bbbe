/// The look of a briefing, read from a TOML file in `styles/`.
public struct Style: Sendable {
    public var name: String

    /// Reads a style file; an unknown or ill-typed key is an error naming the key and the file.
    public static func load(path: String) throws -> Style {
        fatalError("not yet built")  // TODO(render helper)
    }
}
