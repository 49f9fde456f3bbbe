// Word lists written by the Briefing project (not copied from another project).

/// Words that signal a reaction, what kind, and with which tone; groups of reacting actors;
/// hedges that make a reaction a guess rather than a report.
///
/// Why: reactions are told with a small set of verbs ("welcomed", "condemned", "warned"), so a
/// cue list finds them cheaply; the hedge list keeps "likely welcomed" from being reported as fact.
enum ReactionCues {
    struct Cue: Sendable { let theme: String; let tone: Tone }
    enum Tone: Sendable { case positive, negative, neutral }

    /// Single-word cues (lower case) -> theme.
    static let words: [String: Cue] = {
        var m: [String: Cue] = [:]
        func add(_ list: String, _ theme: String, _ tone: Tone) {
            for w in list.split(separator: " ") { m[String(w)] = Cue(theme: theme, tone: tone) }
        }
        add("welcome welcomed welcomes welcoming hailed hails applauded applauds", "welcomed", .positive)
        add("lauded lauds commended commends praised praises praising", "praised", .positive)
        add("hope hoped hopes hopeful optimistic optimism", "hoped for progress", .positive)
        add("condemn condemned condemns condemning denounced denounces deplored slammed blasted",
            "condemned", .negative)
        add("criticise criticised criticises criticize criticized criticizes criticism criticisms",
            "criticised", .negative)
        add("warn warned warns cautioned", "warned", .negative)
        add("accuse accused accuses accusing blamed blames", "accused", .negative)
        add("skeptical sceptical skepticism scepticism doubt doubts doubted doubtful",
            "sceptical", .negative)
        add("rejected rejects dismissed dismisses", "rejected", .negative)
        add("urged urges urging demanded demands", "called for action", .neutral)
        add("reacted responded", "reacted", .neutral)
        return m
    }()

    /// Cues that need the next word ("called for", "expressed concern").
    static let pairs: [String: [String: Cue]] = [
        "called": ["for": Cue(theme: "called for action", tone: .neutral)],
        "calls": ["for": Cue(theme: "called for action", tone: .neutral)],
        "call": ["for": Cue(theme: "called for action", tone: .neutral)],
        "expressed": ["concern": Cue(theme: "expressed concern", tone: .negative),
                      "concerns": Cue(theme: "expressed concern", tone: .negative),
                      "hope": Cue(theme: "hoped for progress", tone: .positive),
                      "support": Cue(theme: "welcomed", tone: .positive)],
        "voiced": ["concern": Cue(theme: "expressed concern", tone: .negative),
                   "concerns": Cue(theme: "expressed concern", tone: .negative)],
        "raised": ["concerns": Cue(theme: "expressed concern", tone: .negative)],
        "concerned": ["about": Cue(theme: "expressed concern", tone: .negative)],
    ]

    /// Group nouns (lower case) -> the group reported as actor.
    static let groups: [String: String] = [
        "media": "media", "outlets": "media", "press": "media", "newspapers": "media",
        "journalists": "media", "commentators": "analysts", "analysts": "analysts",
        "experts": "analysts", "observers": "observers", "allies": "allies",
        "diplomats": "diplomats", "critics": "critics", "officials": "officials",
        "governments": "governments", "countries": "governments", "nations": "governments",
        "investors": "investors", "markets": "markets", "campaigners": "campaigners",
        "activists": "campaigners", "voters": "public", "public": "public", "fans": "fans",
        "opposition": "opposition", "community": "international community",
    ]

    /// Words that make what follows a guess.
    static let hedges: Set<String> = [
        "likely", "probably", "may", "might", "could", "would", "possibly", "perhaps",
        "presumably", "supposedly", "reportedly", "allegedly", "expected", "unlikely",
    ]

    /// Negations that cancel a cue nearby ("did not welcome").
    static let negations: Set<String> = ["not", "n't", "never", "no", "nor", "without"]
}
