/// Participant names numbered once, and each written form's number.
///
/// Why: after names are merged, every article's mentions are read again (participants per
/// article, roles, who appears with whom). Looking a mention up once and keeping a 32-bit
/// number lets those steps count with integers and hold no written forms
/// (`ArticleNames`); the names come back only for what the briefing shows.
struct ParticipantNumbering: Sendable {
    /// Participant name by number, in name order (so numbers are the same every run).
    let names: [String]
    private let numberOfForm: [String: Int32]

    /// From the merge's written form -> participant name table (`AliasMerger.Result.canonical`).
    init(canonical: [String: String]) {
        names = Set(canonical.values).sorted()
        let numberOfName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        numberOfForm = canonical.mapValues { numberOfName[$0]! }
    }

    /// The participant number of a written form, nil for a form that is no participant.
    func number(of form: String) -> Int32? { numberOfForm[form] }

    func name(_ number: Int32) -> String { names[Int(number)] }

    /// The participant name of a written form, nil for a form that is no participant.
    func name(of form: String) -> String? { number(of: form).map(name) }
}
