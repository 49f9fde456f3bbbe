/// One role a participant is given, with the articles that give it and when.
///
/// Why: sources disagree ("Senator Marco Rubio" in one article, "Secretary of State" in others);
/// the briefing shows each role with its sources rather than picking one silently, and the
/// dates of the articles tell a change of office from a disagreement.
public struct RoleSource: Hashable, Sendable, Codable {
    public var role: String
    /// Ids of the articles that state this role.
    public var articles: [String]
    /// Date of the earliest and of the latest dated article stating it (nil when none is dated;
    /// absent in files written before roles were dated).
    public var firstStated: Day?
    public var lastStated: Day?

    public init(role: String, articles: [String], firstStated: Day? = nil, lastStated: Day? = nil) {
        self.role = role
        self.articles = articles
        self.firstStated = firstStated
        self.lastStated = lastStated
    }
}
