import BriefingModel

/// A hand-labelled check of participants on the dev corpora (Timeline17 bpoil_bbc and MJ_bbc,
/// BBC politics): real-world entities, each with the one entry name and type it should have and
/// the written forms (spellings, short forms, titled forms) that must all land in that one entry.
///
/// Why names only: the check is written from reading the corpora's participants, not copied from
/// the articles; held-out topics are never labelled here.
enum ParticipantCheck {
    struct Entity: Sendable {
        var corpus: String
        var name: String
        var kind: Participant.Kind
        var forms: [String]
    }

    static func e(_ corpus: String, _ name: String, _ kind: Participant.Kind, _ forms: [String] = []) -> Entity {
        Entity(corpus: corpus, name: name, kind: kind, forms: forms.isEmpty ? [name] : forms)
    }

    static let entities: [Entity] = [
        e("bpoil_bbc", "BP", .organization),
        e("bpoil_bbc", "United States", .place, ["United States", "US", "U.S.", "America"]),
        e("bpoil_bbc", "Barack Obama", .person, ["Barack Obama", "Obama", "President Obama"]),
        e("bpoil_bbc", "Tony Hayward", .person, ["Tony Hayward", "Hayward"]),
        e("bpoil_bbc", "Gulf of Mexico", .place),
        e("bpoil_bbc", "United Kingdom", .place, ["UK", "Britain"]),
        e("bpoil_bbc", "Louisiana", .place),
        e("bpoil_bbc", "Transocean", .organization),
        e("bpoil_bbc", "Thad Allen", .person, ["Thad Allen", "Adm Allen", "Adm Thad Allen"]),
        e("bpoil_bbc", "White House", .organization),
        e("bpoil_bbc", "Florida", .place),
        e("bpoil_bbc", "Halliburton", .organization),
        e("bpoil_bbc", "Bob Dudley", .person, ["Bob Dudley", "Dudley"]),
        e("bpoil_bbc", "David Cameron", .person, ["David Cameron", "Cameron"]),
        e("bpoil_bbc", "Doug Suttles", .person, ["Doug Suttles", "Suttles"]),
        e("bpoil_bbc", "Mississippi", .place),
        e("bpoil_bbc", "Carl-Henric Svanberg", .person, ["Carl-Henric Svanberg", "Svanberg"]),
        e("bpoil_bbc", "Alabama", .place),
        e("bpoil_bbc", "Texas", .place),
        e("bpoil_bbc", "Ken Salazar", .person, ["Ken Salazar", "Salazar"]),
        e("bpoil_bbc", "Kenneth Feinberg", .person, ["Kenneth Feinberg", "Feinberg"]),
        e("bpoil_bbc", "Robert Gibbs", .person, ["Robert Gibbs", "Gibbs"]),
        e("bpoil_bbc", "Eric Holder", .person, ["Eric Holder", "Holder"]),
        e("bpoil_bbc", "Henry Waxman", .person, ["Henry Waxman", "Waxman"]),
        e("bpoil_bbc", "US Coast Guard", .organization, ["US Coast Guard", "Coast Guard"]),
        e("bpoil_bbc", "Environmental Protection Agency", .organization, ["Environmental Protection Agency", "EPA"]),
        e("MJ_bbc", "Michael Jackson", .person, ["Michael Jackson", "Jackson"]),
        e("MJ_bbc", "Conrad Murray", .person, ["Conrad Murray", "Murray"]),
        e("MJ_bbc", "Los Angeles", .place),
        e("MJ_bbc", "London", .place),
        e("MJ_bbc", "Ed Chernoff", .person, ["Ed Chernoff", "Chernoff"]),
        e("MJ_bbc", "Michael Pastor", .person, ["Michael Pastor"]),
        e("MJ_bbc", "Las Vegas", .place, ["Las Vegas", "Vegas"]),
        e("MJ_bbc", "Janet Jackson", .person),
        e("MJ_bbc", "Jermaine Jackson", .person),
        e("politics", "Labour Party", .organization, ["Labour", "Labour Party"]),
        e("politics", "Conservative Party", .organization, ["Conservatives", "Conservative Party", "Tories", "Tory"]),
        e("politics", "Liberal Democrats", .organization, ["Liberal Democrats", "Lib Dems", "Lib Dem"]),
        e("politics", "UK Independence Party", .organization, ["UKIP"]),
        e("politics", "Tony Blair", .person, ["Tony Blair", "Blair"]),
        e("politics", "Gordon Brown", .person, ["Gordon Brown", "Brown"]),
        e("politics", "Michael Howard", .person, ["Michael Howard", "Howard"]),
        e("politics", "Charles Kennedy", .person, ["Charles Kennedy", "Kennedy"]),
        e("politics", "Robert Kilroy-Silk", .person, ["Robert Kilroy-Silk", "Kilroy-Silk"]),
        e("politics", "David Blunkett", .person, ["David Blunkett", "Blunkett"]),
        e("politics", "Charles Clarke", .person, ["Charles Clarke", "Clarke"]),
        e("politics", "Jack Straw", .person, ["Jack Straw", "Straw"]),
        e("politics", "Alan Milburn", .person, ["Alan Milburn", "Milburn"]),
        e("politics", "European Union", .organization, ["European Union", "EU"]),
        e("politics", "Iraq", .place),
        e("politics", "House of Commons", .organization, ["House of Commons", "Commons"]),
        e("politics", "House of Lords", .organization, ["House of Lords", "Lords"]),
        e("politics", "Peter Goldsmith", .person, ["Peter Goldsmith", "Goldsmith", "Lord Goldsmith"]),
        e("politics", "Downing Street", .place),
    ]

    /// Is the entity held as one correctly typed entry? Every labelled form the participants
    /// hold is in one participant, which has the expected name and type.
    static func heldAsOne(_ entity: Entity, in participants: [Participant]) -> Bool {
        let holders = participants.filter { p in entity.forms.contains { $0 == p.name || p.aliases.contains($0) } }
        guard holders.count == 1, let p = holders.first else { return false }
        return p.name == entity.name && p.kind == entity.kind
    }
}
