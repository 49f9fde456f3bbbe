/// A typed name found by `NameTagger`: a token range in one sentence of a document.
///
/// Why keep the strength: a document-level pass lets confidently typed spans decide the type of
/// weakly typed mentions of the same name ("Clinton" after "President Bill Clinton").
struct NameSpan: Sendable, Hashable {
    /// How sure the evidence for `type` is; stronger evidence wins in the document pass.
    enum Strength: UInt8, Sendable, Comparable {
        case guess, context, lexicon, strong

        static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
    }

    var sentence: Int
    /// Token range in the sentence.
    var start: Int
    var end: Int
    var type: NameType
    var strength: Strength
}
