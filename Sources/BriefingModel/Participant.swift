/// A person, organisation or place the articles talk about, with its spelling variants merged.
public struct Participant: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person, organization, place, other
    }

    /// The canonical (usually the longest, most frequent full) name.
    public var name: String
    public var kind: Kind
    /// Other spellings and short forms merged into this participant ("Lavrov", "Sergei Lavrov").
    public var aliases: [String]
    /// Roles the texts give, e.g. "Russian Foreign Minister".
    public var roles: [String]
    /// Each role with the articles that state it (when sources disagree, the reader sees who says what).
    public var roleSources: [RoleSource]
    /// Pairs of different roles different articles state for this person (see `RoleConflict`).
    public var roleConflicts: [RoleConflict]
    /// Mentions across all articles.
    public var mentions: Int
    /// Ids of the articles that mention it.
    public var articles: [String]

    public init(name: String, kind: Kind, aliases: [String] = [], roles: [String] = [],
                mentions: Int, articles: [String], roleSources: [RoleSource] = [],
                roleConflicts: [RoleConflict] = []) {
        self.roleSources = roleSources
        self.roleConflicts = roleConflicts
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
        self.articles = articles
    }
}

extension Participant {
    enum CodingKeys: String, CodingKey {
        case name, kind, aliases, roles, roleSources, roleConflicts, mentions, articles
    }

    /// `roleSources` and `roleConflicts` came after the first JSON contract; older files (and the
    /// lists a hand-written file leaves out) read as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name),
                  kind: try c.decode(Kind.self, forKey: .kind),
                  aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [],
                  roles: try c.decodeIfPresent([String].self, forKey: .roles) ?? [],
                  mentions: try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0,
                  articles: try c.decodeIfPresent([String].self, forKey: .articles) ?? [],
                  roleSources: try c.decodeIfPresent([RoleSource].self, forKey: .roleSources) ?? [],
                  roleConflicts: try c.decodeIfPresent([RoleConflict].self, forKey: .roleConflicts) ?? [])
    }
}
