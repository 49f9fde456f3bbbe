import Yams

/// A cap on how many values front matter may hold once its YAML aliases are expanded.
///
/// Why: an alias (`*a`) repeats the anchored node, so nine anchors each repeating the last one
/// nine times make 9^9 values from under 400 bytes, and building them as dictionaries and
/// arrays takes gigabytes. Composing the node tree is cheap (an alias shares its node), so the
/// tree is walked, counting values as they would be expanded, and refused at the cap, before
/// anything is built.
enum FrontMatterSize {
    /// Far more than any article's metadata (a title, a date, a few dozen tags), far less than
    /// an expansion that costs memory.
    static let maximumValues = 10_000

    /// Throws when `yaml` would expand to more than `maximumValues` values.
    static func check(_ yaml: String) throws {
        guard yaml.contains("*") || yaml.contains("<<") else { return }  // no alias, no expansion
        guard let root = try Yams.compose(yaml: yaml) else { return }
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            if count > maximumValues {
                throw FormatProblem("front matter expands to more than \(maximumValues) values through YAML aliases; refused")
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { pending += [key, value] }
            case .sequence(let sequence):
                pending += Array(sequence)
            default:
                break
            }
        }
    }
}
