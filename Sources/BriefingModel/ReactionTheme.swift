/// How people reacted to one story, grouped by the side they took ("BP oil spill: opposes"),
/// with a tone, the actors and quotes.
public struct ReactionTheme: Hashable, Sendable, Codable {
    public enum Tone: String, Hashable, Sendable, Codable, CaseIterable {
        case positive, negative, neutral, mixed
    }

    public var theme: String
    public var tone: Tone
    /// Who reacted: participant names or groups ("media", "allies", "analysts").
    public var actors: [String]
    public var mentions: Int
    public var articles: [String]
    public var quotes: [Quote]
    /// The sources tell these reactions as a guess ("allies likely welcomed"), not as fact.
    public var hedged: Bool
    /// The title of the story (from `stories[]`) the reactions are about.
    public var story: String?
    /// The side taken: "supports", "opposes", "calls for action", "warns", "holds talks" or
    /// "comments" (a statement that takes no side the text shows).
    public var stance: String?
    /// Participants the stance is aimed at ("accused the Conservative Party").
    public var targets: [String]

    public init(theme: String, tone: Tone, actors: [String], mentions: Int,
                articles: [String], quotes: [Quote], hedged: Bool = false,
                story: String? = nil, stance: String? = nil, targets: [String] = []) {
        self.hedged = hedged
        self.story = story
        self.stance = stance
        self.targets = targets
        self.theme = theme
        self.tone = tone
        self.actors = actors
        self.mentions = mentions
        self.articles = articles
        self.quotes = quotes
    }
}

/// A sentence quoted from an article, with the article it came from.
public struct Quote: Hashable, Sendable, Codable {
    public var text: String
    public var article: String

    public init(text: String, article: String) {
        self.text = text
        self.article = article
    }
}

extension ReactionTheme {
    enum CodingKeys: String, CodingKey {
        case theme, tone, actors, mentions, articles, quotes, hedged, story, stance, targets
    }

    /// `hedged` came later; a theme written before it is read as reported fact, as it was shown.
    /// `story`, `stance` and `targets` came later still; older files read without them.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(theme: try c.decode(String.self, forKey: .theme),
                  tone: try c.decode(Tone.self, forKey: .tone),
                  actors: try c.decodeIfPresent([String].self, forKey: .actors) ?? [],
                  mentions: try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0,
                  articles: try c.decodeIfPresent([String].self, forKey: .articles) ?? [],
                  quotes: try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
                  hedged: try c.decodeIfPresent(Bool.self, forKey: .hedged) ?? false,
                  story: try c.decodeIfPresent(String.self, forKey: .story),
                  stance: try c.decodeIfPresent(String.self, forKey: .stance),
                  targets: try c.decodeIfPresent([String].self, forKey: .targets) ?? [])
    }
}
