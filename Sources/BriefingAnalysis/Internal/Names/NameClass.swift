/// What the lexicons say about one lower-cased word, as bits, so the tagger asks once per token.
///
/// Why bits: tagging must run at over a million tokens a second; one dictionary lookup that
/// answers every question (common word? given name? country? title?) keeps the hot loop cheap.
struct NameClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// Written in lower case in the English dictionary.
    static let common = NameClass(rawValue: 1 << 0)
    /// Written capitalised only in the English dictionary: a name of some kind.
    static let proper = NameClass(rawValue: 1 << 1)
    /// A given name.
    static let given = NameClass(rawValue: 1 << 2)
    /// A country (current or former), on its own.
    static let country = NameClass(rawValue: 1 << 3)
    /// A city, region or other place, on its own.
    static let place = NameClass(rawValue: 1 << 4)
    /// A nationality, language or religion adjective ("Russian", "Moslem"): other, never a place.
    static let demonym = NameClass(rawValue: 1 << 5)
    /// A word of a title phrase ("Foreign", "Minister").
    static let role = NameClass(rawValue: 1 << 6)
    /// A title that makes a role on its own ("Minister", "Senator", "Coach").
    static let title = NameClass(rawValue: 1 << 7)
    /// An honorific ("Mr", "Mrs", "Dr").
    static let honorific = NameClass(rawValue: 1 << 8)
    /// A head word of organisation names ("Bank", "Party", "United").
    static let orgHead = NameClass(rawValue: 1 << 9)
    /// A known organisation acronym ("NATO", "UN").
    static let orgAcronym = NameClass(rawValue: 1 << 10)
    /// A month or weekday: a date, not a name.
    static let calendar = NameClass(rawValue: 1 << 11)
    /// A closed-class word ("the", "of").
    static let closed = NameClass(rawValue: 1 << 12)
    /// The last word of an event or prize name ("Cup", "Open", "Olympics").
    static let eventHead = NameClass(rawValue: 1 << 13)
    /// A name particle inside people's names ("van", "de", "bin").
    static let particle = NameClass(rawValue: 1 << 14)
    /// A word after which "of" continues a name ("Bank of England", "University of Texas").
    static let ofHead = NameClass(rawValue: 1 << 15)
    /// A word that says a person speaks or acts right after a name ("said", "told").
    static let speech = NameClass(rawValue: 1 << 16)
    /// A preposition that puts a name in a place ("in", "near").
    static let locative = NameClass(rawValue: 1 << 17)

    /// The first word of a multi-word gazetteer name ("new" of "New York").
    static let phraseStart = NameClass(rawValue: 1 << 18)
    /// A well-known organisation written as one word ("Reuters").
    static let organization = NameClass(rawValue: 1 << 19)
    /// A word of sport reports ("cricket", "innings"): in such reports towns name teams.
    static let sport = NameClass(rawValue: 1 << 20)
    /// A lower-case noun for a person that comes right before a name ("striker", "analyst").
    static let personCue = NameClass(rawValue: 1 << 21)
    /// A lower-case word that comes right after an organisation's name ("shares", "spokesman").
    static let orgCue = NameClass(rawValue: 1 << 22)
    /// The last word of a place's name ("Square", "Park", "Bridge").
    static let placeHead = NameClass(rawValue: 1 << 23)
    /// A word of a political party's everyday name ("Labour", "Tories"): alone, a party, even
    /// where the same word is also a common noun.
    static let party = NameClass(rawValue: 1 << 24)

    /// Any gazetteer entry that makes a capitalised word a name by itself.
    static let known: NameClass = [.given, .country, .place, .demonym, .orgAcronym, .proper]
}
