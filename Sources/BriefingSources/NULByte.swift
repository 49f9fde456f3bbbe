/// Where the first NUL byte of a text stands.
///
/// Why: the TOML parser reads a C string, so everything after a NUL would vanish without a
/// word (half a watchlist, half a sources file). Such a file is refused and the place named.
enum NULByte {
    static func position(in text: String) -> (line: Int, column: Int)? {
        guard let offset = text.utf8.firstIndex(of: 0).map({ text.utf8.distance(from: text.utf8.startIndex, to: $0) }) else {
            return nil
        }
        return FormatProblem.position(ofByte: offset, in: text)
    }

    /// The message both TOML readers give.
    static func message(at position: (line: Int, column: Int)) -> String {
        "holds a NUL byte at line \(position.line), column \(position.column); TOML is text, refused"
    }
}
