/// Where an actor stands on the issue a statement is about.
///
/// Why a handful of stances and not the verb: "condemned", "slammed" and "accused" are one side
/// of an issue, and a reader comparing sides wants supporters next to opponents, not a list of
/// verbs. `comments` is a statement that takes no side we can tell; `talks` is a reported
/// meeting or discussion, the "done" next to the "said".
enum Stance: String, Sendable, Hashable, CaseIterable, Comparable {
    case supports, opposes, callsFor = "calls for action", warns, talks = "holds talks", comments

    /// Sides first, then calls and warnings, then plain statements: the order a theme list shows them.
    static func < (a: Stance, b: Stance) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
