/// One article's participants as the corpus steps read them, once the written forms are merged:
/// participant numbers (`ParticipantNumbering`), never the names as written.
///
/// Why a value of its own: it is held for every article from the second pass until the
/// briefing is built. The first pass's mentions keep each name as written, its role and flags
/// (about 40 bytes a mention, and forms that are no participant); the corpus steps read only
/// who is named in which body sentence (who appears with whom) and which roles an article
/// states (role sources), so that is all that is kept, a few bytes a mention.
struct ArticleNames: Sendable {
    /// A participant named in a body sentence (not a heading or the title).
    struct InSentence: Sendable, Equatable {
        var participant: Int32
        var sentence: Int32
    }

    /// A role the article binds to a participant ("Russian Foreign Minister").
    struct StatedRole: Sendable, Equatable {
        var participant: Int32
        var role: String
    }

    var inSentences: [InSentence] = []
    var roles: [StatedRole] = []

    /// The participant mentions of one article's first pass, in their order; forms that are
    /// no participant are left out, as every reader of them skipped them. `counts` hears each
    /// participant's mentions, headings included (the article's participants, most named first).
    init(_ mentions: [HeldArticle.Mention], numbering: ParticipantNumbering, counts: inout [Int32: Int]) {
        for m in mentions {
            guard let p = numbering.number(of: m.surface) else { continue }
            counts[p, default: 0] += 1
            if !m.inHeading { inSentences.append(InSentence(participant: p, sentence: m.sentence)) }
            if let role = m.role { roles.append(StatedRole(participant: p, role: role)) }
        }
        inSentences = Array(inSentences)   // no spare capacity
        roles = Array(roles)
    }

    init(inSentences: [InSentence] = [], roles: [StatedRole] = []) {
        self.inSentences = inSentences
        self.roles = roles
    }
}
