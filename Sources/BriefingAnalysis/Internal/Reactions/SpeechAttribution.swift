/// Who one sentence says is speaking or acting, as far as the sentence alone tells it.
///
/// Why separate from the resolved speaker: "he said" names no one until the sentences before it
/// are read (`SpeakerResolver`), and a sentence reader that looked back would not be a function
/// of its sentence.
struct SpeechAttribution: Sendable {
    enum Speaker: Sendable, Equatable {
        /// Indices into the sentence's mentions: one subject, or several joined by "and".
        case names([Int])
        /// "he", "she": a person named before.
        case pronoun(ReactionCues.Gender)
        /// "it": an organisation named before.
        case thing
        /// "the minister", "the spokesman": a person named before with that role.
        case personRole(String)
        /// "the company", "the group": an organisation named before.
        case organizationRole
    }

    var speaker: Speaker
    /// Token index of the reporting verb.
    var verb: Int
    /// Token index of the subject (its last token before the verb, its first after it).
    var subject: Int
    var cue: ReactionCues.Cue
    /// A hedge between the subject and the verb ("likely reiterated").
    var hedged: Bool
}
