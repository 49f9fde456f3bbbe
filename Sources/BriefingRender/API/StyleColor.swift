import Foundation

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

    /// WCAG 2 relative luminance (0 black ... 1 white) of the sRGB colour.
    package var relativeLuminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio against `other` (1 ... 21). Why: text needs 4.5:1 and marks 3:1 on
    /// the page's white to stay legible in print and on screen.
    package func contrast(against other: StyleColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// CIE L* lightness (0 ... 100): how light the colour prints in grayscale, for telling chart
    /// series apart without colour.
    package var grayLightness: Double {
        let y = relativeLuminance
        return y > 216.0 / 24389.0 ? 116 * cbrt(y) - 16 : y * 24389.0 / 27.0
    }
}
