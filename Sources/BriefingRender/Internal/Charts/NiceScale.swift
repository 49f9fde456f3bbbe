import Foundation

/// Round axis bounds and tick spacing (Heckbert, "Nice numbers for graph labels", Graphics
/// Gems, 1990): ticks fall on 1, 2 or 5 times a power of ten, so a reader never meets 0, 7, 14.
struct NiceScale: Equatable {
    let lower: Double
    let upper: Double
    let spacing: Double

    /// - Parameters:
    ///   - integers: counts; the spacing is never below 1.
    init(lower dataLower: Double, upper dataUpper: Double, maxTicks: Int = 6, integers: Bool = false) {
        var low = min(dataLower, dataUpper)
        var high = max(dataLower, dataUpper)
        if high - low < 1e-12 {
            if low == 0 { high = 1 } else { low = min(low, 0); high = max(high, 0) }
            if high - low < 1e-12 { high = low + 1 }
        }
        let range = Self.niceNumber(high - low, round: false)
        var step = Self.niceNumber(range / Double(max(maxTicks - 1, 1)), round: true)
        if integers { step = max(step, 1) }
        spacing = step
        lower = (low / step).rounded(.down) * step
        upper = (high / step).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`, computed by multiplication so they stay round.
    var ticks: [Double] {
        let count = Int(((upper - lower) / spacing).rounded())
        return (0...count).map { index in
            let value = lower + Double(index) * spacing
            // Trim binary noise such as 0.30000000000000004.
            let digits = max(0, -Int(log10(spacing).rounded(.down)) + 1)
            let factor = pow(10, Double(digits))
            return (value * factor).rounded() / factor
        }
    }

    /// A 1, 2, 5 or 10 times a power of ten near `x`: rounded to the nearest when `round`, else
    /// the smallest such number not below `x`.
    static func niceNumber(_ x: Double, round: Bool) -> Double {
        guard x > 0 else { return 1 }
        let exponent = log10(x).rounded(.down)
        let power = pow(10, exponent)
        let fraction = x / power
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * power
    }

    /// A tick value for a label: no trailing ".0".
    static func label(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        return String(format: "%g", value)
    }
}
