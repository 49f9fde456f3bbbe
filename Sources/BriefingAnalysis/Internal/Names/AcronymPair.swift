/// "Organization for Security and Co-operation in Europe (OSCE)": a short form the text itself
/// defines. Why: such definitions are the surest alias evidence there is.
struct AcronymPair: Sendable, Hashable {
    var acronym: String
    var expansion: String
}
