/// One role a participant is given, with the articles that give it.
///
/// Why: sources disagree ("Senator Marco Rubio" in one article, "Secretary of State" in others);
/// the briefing shows each role with its sources rather than picking one silently.
public struct RoleSource: Hashable, Sendable, Codable {
    public var role: String
    /// Ids of the articles that state this role.
    public var articles: [String]

    public init(role: String, articles: [String]) {
        self.role = role
        self.articles = articles
    }
}
