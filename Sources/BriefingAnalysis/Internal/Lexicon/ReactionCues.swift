// Word lists written by the Briefing project (not copied from another project).

/// Verbs that report speech or a reaction, with the stance and tone they carry; words that stand
/// for a speaker already named ("he", "the minister"); hedges that make reported content a guess.
///
/// Why lists: news English reports speech with a small, closed set of verbs ("said", "told",
/// "warned", "according to"), so a cue list finds attributions cheaply and predictably.
enum ReactionCues {
    struct Cue: Sendable { let stance: Stance; let tone: Tone }
    enum Tone: Sendable { case positive, negative, neutral }

    /// Single-word reporting verbs (lower case) -> stance and tone. Forms that are as often nouns
    /// ("Gulf states", "compensation claims", "terror attacks", "union demands") are left out.
    static let words: [String: Cue] = {
        var m: [String: Cue] = [:]
        func add(_ list: String, _ stance: Stance, _ tone: Tone) {
            for w in list.split(separator: " ") { m[String(w)] = Cue(stance: stance, tone: tone) }
        }
        add("""
            said says say told tells added adds stated explained explains noted remarked replied \
            argued argues insisted insists claimed maintained maintains stressed stresses emphasised \
            emphasized acknowledged admitted admits conceded suggested suggests declared announced announces \
            confirmed confirms predicted predicts wrote writes believes reiterated reiterates described \
            alleged alleges testified recalled expressed expresses voiced voices pledged signalled signaled restated
            """, .comments, .neutral)
        add("welcomed welcomes hailed hails applauded applauds lauded praised praises commended defended defends backed",
            .supports, .positive)
        add("hoped", .supports, .positive)
        add("condemned condemns denounced denounces deplored slammed blasted criticised criticises criticized criticizes",
            .opposes, .negative)
        add("accused accuses blamed blames rejected rejects dismissed dismisses denied denies attacked branded",
            .opposes, .negative)
        add("warned warns cautioned", .warns, .negative)
        add("urged urges demanded", .callsFor, .neutral)
        add("discussed discusses", .talks, .neutral)
        return m
    }()

    /// Reporting verbs that need the next word ("called for", "expressed concern").
    static let pairs: [String: [String: Cue]] = [
        "called": ["for": Cue(stance: .callsFor, tone: .neutral), "on": Cue(stance: .callsFor, tone: .neutral)],
        "calls": ["for": Cue(stance: .callsFor, tone: .neutral), "on": Cue(stance: .callsFor, tone: .neutral)],
        "expressed": ["concern": Cue(stance: .warns, tone: .negative), "concerns": Cue(stance: .warns, tone: .negative),
                      "hope": Cue(stance: .supports, tone: .positive), "support": Cue(stance: .supports, tone: .positive)],
        "voiced": ["concern": Cue(stance: .warns, tone: .negative), "concerns": Cue(stance: .warns, tone: .negative)],
        "raised": ["concerns": Cue(stance: .warns, tone: .negative)],
        "put": ["it": Cue(stance: .comments, tone: .neutral)],
    ]

    /// Verbs whose object names the stance ("reiterated the U.S.'s unwavering support", "voiced
    /// strong opposition"), and those object nouns.
    static let objectStanceVerbs: Set<String> = [
        "reiterated", "reiterates", "expressed", "expresses", "voiced", "voices", "stated", "declared",
        "pledged", "signalled", "signaled", "restated",
    ]
    static let stanceNouns: [String: Cue] = [
        "support": Cue(stance: .supports, tone: .positive), "backing": Cue(stance: .supports, tone: .positive),
        "opposition": Cue(stance: .opposes, tone: .negative), "objections": Cue(stance: .opposes, tone: .negative),
        "criticism": Cue(stance: .opposes, tone: .negative), "concern": Cue(stance: .warns, tone: .negative),
        "concerns": Cue(stance: .warns, tone: .negative), "fears": Cue(stance: .warns, tone: .negative),
    ]

    /// Verbs that report a meeting when a talk noun follows within a few words ("held candid
    /// discussions", "engaged in talks").
    static let meetingVerbs: Set<String> = ["held", "holds", "engaged", "engages"]
    static let talkNouns: Set<String> = ["talks", "discussions", "dialogue", "meeting", "meetings", "negotiations"]

    /// Words that may stand between a subject and its verb ("has also said", "later told"). Not
    /// "is" or "was": "is told" is a passive, its subject no speaker.
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "also", "later", "then", "now", "again", "repeatedly", "strongly", "previously",
        "recently", "further", "earlier", "once", "both", "reportedly", "allegedly",
        "likely", "probably", "possibly", "perhaps", "apparently", "himself", "herself", "itself", "publicly",
        "privately", "immediately", "quickly", "openly", "firmly",
    ]

    /// Plural common nouns a sentence-initial capital makes look like a name ("Scientists said").
    static let groupNouns: Set<String> = [
        "scientists", "correspondents", "critics", "analysts", "experts", "officials", "observers", "residents",
        "investigators", "prosecutors", "campaigners", "activists", "sources", "witnesses", "reports", "police",
        "protesters", "doctors", "lawyers", "researchers", "economists", "unions", "ministers", "diplomats",
    ]

    /// Pronouns that can be a speaker, with what they can refer to.
    static let personPronouns: [String: Gender] = ["he": .male, "she": .female]
    static let thingPronouns: Set<String> = ["it"]
    enum Gender: Sendable { case male, female, unknown }

    /// Honorifics that tell a person's gender ("Mr Howard ... he").
    static let maleTitles: Set<String> = ["mr", "sir", "lord", "mr.", "king", "prince"]
    static let femaleTitles: Set<String> = ["mrs", "ms", "miss", "dame", "lady", "mrs.", "ms.", "queen", "princess", "baroness"]

    /// Nouns that stand for a person named nearby ("the minister said").
    static let personRoles: Set<String> = [
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "president", "leader",
        "chairman", "chairwoman", "chair", "premier", "senator", "governor", "mayor", "ambassador", "envoy", "official",
        "lawyer", "attorney", "doctor", "physician", "singer", "star", "actor", "director", "executive", "boss",
        "adviser", "advisor", "commissioner", "judge", "prosecutor", "diplomat", "chief", "mp", "mep", "candidate",
    ]
    /// Nouns that stand for an organisation named nearby ("the company said").
    static let organizationRoles: Set<String> = [
        "company", "firm", "group", "giant", "party", "agency", "organisation", "organization", "union",
        "ministry", "department", "board", "committee", "council", "bank", "corporation", "charity",
    ]

    /// Words that make reported content a guess ("may", "is expected to"). Why not "would": in
    /// reported speech it is the past of "will" ("said the plan would fail"), a report, not a guess.
    static let hedges: Set<String> = [
        "likely", "probably", "may", "might", "could", "possibly", "perhaps", "presumably", "supposedly",
        "reportedly", "allegedly", "unlikely",
    ]

    /// Negations that cancel a stance nearby ("did not welcome").
    static let negations: Set<String> = ["not", "n't", "never", "no", "nor", "without"]

    /// Quotation marks: those that only open, only close, and those that do either.
    static let openQuotes: Set<String> = ["\u{201C}", "``"]
    static let closeQuotes: Set<String> = ["\u{201D}", "''"]
    static let eitherQuotes: Set<String> = ["\""]
}
