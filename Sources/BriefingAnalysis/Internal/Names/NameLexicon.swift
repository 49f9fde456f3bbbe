/// One table from lower-cased word to `NameClass`, and one from multi-word names to their kind,
/// built once from the generated and hand-written lists.
///
/// Why one table: the tagger's hot loop asks every question of a word with a single lookup.
/// Multi-word names ("New York", "Bank of England") are looked up only for candidate spans.
struct NameLexicon: Sendable {
    /// The kind a multi-word gazetteer entry gives.
    enum Kind: UInt8, Sendable { case country, place, organization, other }

    let words: [String: NameClass]
    let phrases: [String: Kind]

    static let shared = NameLexicon()

    private init() {
        var w: [String: NameClass] = [:]
        var p: [String: Kind] = [:]
        w.reserveCapacity(100_000)
        func add(_ word: some StringProtocol, _ c: NameClass) {
            w[String(word), default: []].formUnion(c)
        }
        for x in Self.pieces(of: GeneratedNameLexicon.commonWords, breakingAtSpaces: true) { add(x, .common) }
        for x in Self.pieces(of: GeneratedNameLexicon.properWords, breakingAtSpaces: true) { add(x, .proper) }
        for x in Self.pieces(of: GeneratedNameLexicon.givenNames, breakingAtSpaces: true) { add(x, .given) }
        for x in PersonWords.firstNames { add(x, .given) }
        func places(_ text: String, _ kind: Kind, _ c: NameClass) {
            for name in Self.pieces(of: text, breakingAtSpaces: false) {
                if name.utf8.contains(0x20) { p[NameKey.of(name)] = kind } else { add(name, c) }
            }
        }
        places(GeneratedNameLexicon.countries, .country, .country)
        places(GeneratedNameLexicon.regions, .place, .place)
        places(GeneratedNameLexicon.cities, .place, .place)
        for (key, entry) in Places.byKey {
            if key.contains(" ") { p[key] = entry.isCountry ? .country : .place } else { add(key, entry.isCountry ? .country : .place) }
        }
        for key in Places.demonyms.keys { add(key, .demonym) }
        for x in Places.regionAdjectives { add(x, .demonym) }
        for x in NameWords.peoples { add(x, .demonym) }
        for x in PersonWords.roleWords { add(x, .role) }
        for x in PersonWords.coreTitles { add(x, [.role, .title]) }
        for x in PersonWords.honorifics { add(NameKey.of(x), .honorific) }
        for x in Organizations.keywords where !x.hasSuffix(".") { add(x, .orgHead) }
        for x in NameWords.orgHeads { add(x, .orgHead) }
        for (acronym, expansion) in Organizations.acronyms {
            add(acronym.lowercased(), .orgAcronym)
            if expansion.contains(" ") { p[NameKey.of(expansion)] = .organization }
        }
        for x in Organizations.placeAcronyms { add(x.lowercased(), .country) }
        for x in CalendarWords.months.keys where x != "may" { add(x, .calendar) }
        for x in CalendarWords.weekdays.keys { add(x, .calendar) }
        for x in FunctionWords.closed { add(x, .closed) }
        for x in NameWords.eventHeads { add(x, .eventHead) }
        for x in NameWords.particles { add(x, .particle) }
        for x in NameWords.ofHeads { add(x, .ofHead) }
        for x in NameWords.speech { add(x, .speech) }
        for x in NameWords.locatives { add(x, .locative) }
        for x in NameWords.sports { add(x, .sport) }
        for x in NameWords.placeHeads { add(x, .placeHead) }
        for x in NameWords.personCues { add(x, .personCue) }
        for x in NameWords.organizationCues { add(x, .orgCue) }
        for x in NameWords.organizations { add(x, .organization) }
        for x in PoliticalParties.words { add(x, .party) }
        for key in p.keys {
            if let space = key.firstIndex(of: " ") { add(key[..<space], .phraseStart) }
        }
        words = w
        phrases = p
    }

    @inline(__always) func classOf(_ key: String) -> NameClass { words[key] ?? [] }

    /// The non-empty lines of a generated list, or its words (`breakingAtSpaces`), with the
    /// spaces around them trimmed.
    ///
    /// Why on bytes: the lists hold about 100,000 entries, and splitting them by `Character`
    /// (grapheme by grapheme) was most of the lexicon's set-up, which every run pays before its
    /// first article. Spaces and newlines are ASCII, so byte boundaries are character boundaries.
    static func pieces(of text: String, breakingAtSpaces: Bool) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            out.reserveCapacity(bytes.count / 8)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A && !(breakingAtSpaces && bytes[end] == 0x20) { end += 1 }
                var first = start, last = end
                while first < last && bytes[first] == 0x20 { first += 1 }
                while last > first && bytes[last - 1] == 0x20 { last -= 1 }
                if first < last { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<last]), as: UTF8.self)) }
                start = end + 1
            }
            return out
        }
    }
}
