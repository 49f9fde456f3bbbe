/// A light "S-stemmer": folds plurals ("talks" -> "talk", "countries" -> "country").
///
/// Why light: key phrases and topics are shown to readers, so stems are only used to match
/// variants, never displayed; plural folding gives most of the benefit of a full stemmer
/// without merging unrelated words ("general"/"generate").
enum Stemmer {
    static func stem(_ lower: String) -> String {
        let u = lower.utf8
        let n = u.count
        guard n > 3, u.last == 0x73 /* s */ else { return lower }
        if lower.hasSuffix("ss") || lower.hasSuffix("us") || lower.hasSuffix("is") { return lower }
        if n > 4, lower.hasSuffix("ies"), !lower.hasSuffix("eies"), !lower.hasSuffix("aies") {
            return String(lower.dropLast(3)) + "y"
        }
        if lower.hasSuffix("es"), n > 4 {
            for suffix in ["sses", "xes", "ches", "shes", "zes"] where lower.hasSuffix(suffix) {
                return String(lower.dropLast(2))
            }
        }
        return String(lower.dropLast())
    }
}
