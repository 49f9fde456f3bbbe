/// An opaque sRGB colour, written `"#rrggbb"` in style files.
///
/// Kept as three doubles (0...1) because that is what Cairo takes; the hex form is only the
/// file format.
public struct StyleColor: Hashable, Sendable, CustomStringConvertible {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rrggbb` (or `rrggbb`); nil for anything else.
    public init?(hex text: String) {
        var digits = Substring(text)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.red = Double((value >> 16) & 0xFF) / 255
        self.green = Double((value >> 8) & 0xFF) / 255
        self.blue = Double(value & 0xFF) / 255
    }

    public var description: String {
        func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        return "#" + [red, green, blue].map { v in
            let s = String(byte(v), radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }

    /// This colour mixed with white; `amount` 0 keeps it, 1 gives white. For quiet backgrounds.
    public func lightened(_ amount: Double) -> StyleColor {
        StyleColor(red: red + (1 - red) * amount, green: green + (1 - green) * amount,
                   blue: blue + (1 - blue) * amount)
    }
}
