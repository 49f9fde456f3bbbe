import Foundation

/// The numbers a hand-edited briefing model may hold.
///
/// Why: every number in the model is a count (mentions, articles, skipped files), and the
/// renderer adds them up for its charts. A count near `Int.max` typed into the JSON would
/// overflow those sums and end the run with a trap instead of a message; so any whole number
/// beyond a billion, far above any real corpus, is refused with the field that holds it.
enum ModelNumbers {
    static let limit = 1_000_000_000.0

    /// The field path (`reactions[0].count`) and the text of the first number out of range, or nil.
    static func outOfRange(in data: Data) -> (field: String, value: String)? {
        guard let root = try? JSONSerialization.jsonObject(with: data) else { return nil }
        var pending: [(Any, String)] = [(root, "")]
        while let (value, path) = pending.popLast() {
            switch value {
            case let object as [String: Any]:
                // Sorted, reversed for the stack: the first field out of range in key order is named.
                for (key, child) in object.sorted(by: { $0.key > $1.key }) {
                    pending.append((child, path.isEmpty ? key : path + "." + key))
                }
            case let array as [Any]:
                for (index, child) in array.enumerated().reversed() { pending.append((child, path + "[\(index)]")) }
            case let number as NSNumber where !(value is Bool):
                let double = number.doubleValue
                if !double.isFinite || (abs(double) > limit && double.rounded() == double) { return (path, "\(number)") }
            default:
                break
            }
        }
        return nil
    }
}
