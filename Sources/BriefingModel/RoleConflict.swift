/// Two different roles that different articles give one person ("Senator" in one source,
/// "Secretary of State" in another), each with its sources and dates.
///
/// Why its own value: the briefing flags such a disagreement with both sources so the reader can
/// judge it (a change of office when the dates follow each other, an error when they overlap).
public struct RoleConflict: Hashable, Sendable, Codable {
    public var first: RoleSource
    public var second: RoleSource

    public init(first: RoleSource, second: RoleSource) {
        self.first = first
        self.second = second
    }
}
