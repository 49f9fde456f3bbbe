/// Turns a sentence's attribution into the names of its speakers, reading the sentences before
/// it for "he", "the minister", "it" and for quotations that run on.
///
/// Rules, all leaving the speaker out rather than guessing:
/// - "he"/"she"/"it": the previous sentence's speaker if it is of the matching kind (news keeps
///   one speaker across "X said ... He added"); else the only person (organisation) the previous
///   sentence names, with no title of the other gender.
/// - "the minister": the one person named in the last three sentences with that role.
/// - no attribution of its own, but it opens with a quotation mark or continues an open
///   quotation: the previous sentence's speaker (news opens a quotation after naming its
///   speaker, and a new speaker's quotation names its speaker in its own sentence).
struct SpeakerResolver {
    let sentences: [Sentence]
    let mentions: [Int: [EntityMention]]
    /// The previous sentence's speakers (mentions), when it had some.
    private var last: (sentence: Int, speakers: [EntityMention])?

    init(sentences: [Sentence], mentions: [Int: [EntityMention]]) {
        self.sentences = sentences
        self.mentions = mentions
    }

    /// Each resolvable attribution of sentence `si` with its speakers; with none, the speakers of
    /// the quotation it continues. Remembers the first for the sentences after.
    mutating func speakers(_ si: Int, _ all: [SpeechAttribution], _ quotes: QuoteMask,
                           openAtStart: Bool) -> [(attribution: SpeechAttribution?, speakers: [EntityMention])] {
        var out: [(attribution: SpeechAttribution?, speakers: [EntityMention])] = all.compactMap { a in
            resolve(a, si).map { (a, $0) }
        }
        if all.isEmpty, quotes.startsWithQuote || openAtStart, let last, last.sentence == si - 1 {
            out = [(nil, last.speakers)]
        }
        last = out.first.map { (si, $0.speakers) }
        return out
    }

    private func resolve(_ a: SpeechAttribution, _ si: Int) -> [EntityMention]? {
        let here = mentions[si] ?? []
        switch a.speaker {
        case .names(let list): return list.map { here[$0] }
        case .pronoun(let g):
            // "When Tony Hayward took over he told journalists": a person named before the
            // pronoun in its own sentence comes first.
            let earlier = here.filter { $0.lastToken < a.subject && isPerson($0) && !afterOf($0) }
            if let m = earlier.first { return Set(earlier.map(lastWord)).count == 1 && matches(m, g) ? [m] : nil }
            return previousSpeaker(si, person: true, g) ?? only(in: si - 1, person: true, g).map { [$0] }
        case .thing, .organizationRole:
            return previousSpeaker(si, person: false, .unknown) ?? only(in: si - 1, person: false, .unknown).map { [$0] }
        case .personRole(let role): return withRole(role, before: si).map { [$0] }
        }
    }

    private func previousSpeaker(_ si: Int, person: Bool, _ g: ReactionCues.Gender) -> [EntityMention]? {
        guard let last, last.sentence == si - 1, last.speakers.count == 1, let m = last.speakers.first,
              person ? mayBePerson(m) : m.hint == .organization, matches(m, g) else { return nil }
        return [m]
    }

    /// The one person (or organisation) sentence `si` names.
    private func only(in si: Int, person: Bool, _ g: ReactionCues.Gender) -> EntityMention? {
        guard si >= 0, !sentences[si].isHeading else { return nil }
        let kind = (mentions[si] ?? []).filter { (person ? isPerson($0) : $0.hint == .organization) && !afterOf($0) }
        let distinct = Dictionary(kind.map { (lastWord($0), $0) }, uniquingKeysWith: { a, _ in a })
        guard distinct.count == 1, let m = distinct.values.first, matches(m, g) else { return nil }
        // Another name of unknown kind in that sentence could be the one meant.
        if person, (mentions[si] ?? []).contains(where: { $0.hint == .none && lastWord($0) != lastWord(m) }) { return nil }
        return m
    }

    /// The one person named with `role` in the three sentences before `si`.
    private func withRole(_ role: String, before si: Int) -> EntityMention? {
        let found = (max(0, si - 3)...si).flatMap { mentions[$0] ?? [] }.filter {
            $0.role?.lowercased().split(separator: " ").contains(Substring(role)) == true
        }
        let distinct = Set(found.map(lastWord))
        return distinct.count == 1 ? found.first : nil
    }

    /// "the Archbishop of Canterbury": the name after "of" belongs to the title, not a person.
    private func afterOf(_ m: EntityMention) -> Bool {
        let T = sentences[m.sentence].tokens
        var p = m.firstToken - 1
        while p >= 0, T[p].lower == "the" { p -= 1 }
        return p >= 0 && T[p].lower == "of"
    }

    /// A speaker already quoted may be "he" unless the text says it is a place or a body.
    private func mayBePerson(_ m: EntityMention) -> Bool {
        m.hint == .person || m.hint == .none
    }

    private func isPerson(_ m: EntityMention) -> Bool {
        m.hint == .person || m.role != nil || gender(m) != .unknown
    }

    private func matches(_ m: EntityMention, _ g: ReactionCues.Gender) -> Bool {
        let own = gender(m)
        return g == .unknown || own == .unknown || own == g
    }

    /// The gender a title before the name tells ("Mr", "Mrs").
    private func gender(_ m: EntityMention) -> ReactionCues.Gender {
        let T = sentences[m.sentence].tokens
        let words = [m.firstToken - 1, m.firstToken].filter { $0 >= 0 && $0 < T.count }.map { T[$0].lower }
        if words.contains(where: ReactionCues.maleTitles.contains) { return .male }
        if words.contains(where: ReactionCues.femaleTitles.contains) { return .female }
        return .unknown
    }

    private func lastWord(_ m: EntityMention) -> Substring {
        m.surface.split(separator: " ").last ?? Substring(m.surface)
    }
}
