/// The kind of a name the tagger finds: the CoNLL-2003 classes.
///
/// Why its own type: the tagger speaks in spans of these four kinds, and both the CoNLL writer
/// (`PER`, `ORG`, `LOC`, `MISC`) and the article analysis (person, organisation, place, other)
/// map from it.
enum NameType: UInt8, Sendable, Hashable {
    case person, organization, location, other

    /// The CoNLL-2003 label.
    var conll: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .location: "LOC"
        case .other: "MISC"
        }
    }
}
