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
        if lower.hasASCIISuffix("ss") || lower.hasASCIISuffix("us") || lower.hasASCIISuffix("is") { return lower }
        if n > 4, lower.hasASCIISuffix("ies"), !lower.hasASCIISuffix("eies"), !lower.hasASCIISuffix("aies") {
            return String(lower.dropLast(3)) + "y"
        }
        if lower.hasASCIISuffix("es"), n > 4 {
            for suffix in pluralEsEndings where lower.hasASCIISuffix(suffix) {
                return String(lower.dropLast(2))
            }
        }
        return String(lower.dropLast())
    }

    static let pluralEsEndings: [StaticString] = ["sses", "xes", "ches", "shes", "zes"]
}
