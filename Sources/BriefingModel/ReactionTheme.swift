/// How people reacted, grouped into a theme ("calls for dialogue") with a tone and quotes.
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

    public init(theme: String, tone: Tone, actors: [String], mentions: Int,
                articles: [String], quotes: [Quote], hedged: Bool = false) {
        self.hedged = hedged
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
        case theme, tone, actors, mentions, articles, quotes, hedged
    }

    /// `hedged` came later; a theme written before it is read as reported fact, as it was shown.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(theme: try c.decode(String.self, forKey: .theme),
                  tone: try c.decode(Tone.self, forKey: .tone),
                  actors: try c.decodeIfPresent([String].self, forKey: .actors) ?? [],
                  mentions: try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0,
                  articles: try c.decodeIfPresent([String].self, forKey: .articles) ?? [],
                  quotes: try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
                  hedged: try c.decodeIfPresent(Bool.self, forKey: .hedged) ?? false)
    }
}
