/// Why a style file could not be used. Every message names the file, and the key when one is at fault.
public struct StyleError: Error, Equatable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        /// The file could not be read.
        case unreadable(reason: String)
        /// The file is not valid TOML.
        case syntax(reason: String)
        /// A key the style format does not know (often a typo).
        case unknownKey
        /// A known key with a value of the wrong type or out of range.
        case badValue(expected: String, found: String)
        /// `extends` names a style that cannot be found, or the chain loops.
        case badBase(reason: String)
    }

    public var file: String
    /// The dotted key, e.g. `fonts.body-size`; empty when the whole file is at fault.
    public var key: String
    public var kind: Kind

    public init(file: String, key: String = "", kind: Kind) {
        self.file = file
        self.key = key
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .unreadable(let reason):
            return "\(file): cannot read the style file: \(reason)"
        case .syntax(let reason):
            return "\(file): not valid TOML: \(reason)"
        case .unknownKey:
            return "\(file): unknown key '\(key)'"
        case .badValue(let expected, let found):
            return "\(file): key '\(key)' must be \(expected), found \(found)"
        case .badBase(let reason):
            return "\(file): key '\(key)': \(reason)"
        }
    }
}
