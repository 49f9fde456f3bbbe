/// A value the JSON model writes as one string in a fixed format: a day as `YYYY-MM-DD`, a clock
/// time as `HH:MM`.
///
/// Why one place: both decode the same way and must fail the same way, naming the format
/// expected when a hand-edited model holds something else (`briefing render` reports it with
/// the field's path).
public protocol StringCoded: Codable, CustomStringConvertible {
    /// The value a string in the format names, or nil.
    init?(coded text: String)
    /// The format, as an error message names it ("a YYYY-MM-DD day").
    static var codedFormat: String { get }
}

extension StringCoded {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(coded: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not \(Self.codedFormat): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
