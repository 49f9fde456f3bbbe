import BriefingModel

/// One group of name nodes -> one participant: its type from the evidence of all its forms, its
/// canonical name, aliases, roles and articles.
extension AliasMerger {
    typealias Form = (surface: String, mentions: Int)

    /// The participant for a group of nodes, and every written form it stands for.
    /// `hidden`: keys of forms counted for the participant but never shown (`joinEmbeddedPersons`).
    /// `roleless`: keys of forms whose titles are not the participant's roles (`joinGivenNames`).
    static func participant(_ nodes: [Int], _ g: NameGraph, ownerless: Set<String>, hidden: Set<String> = [],
                            roleless: Set<String> = [], articleIDs: [String]) -> (Participant, [String]) {
        var st = CorpusAggregate.NameStats()
        for n in nodes {
            var s = g.stats[n]
            if roleless.contains(g.keys[n]) && nodes.count > 1 { s.roles = [:] }
            st.merge(s)
        }
        var forms: [Form] = [], hiddenForms: [String] = []
        for n in nodes {
            for i in g.surfacesOf[n] {
                if hidden.contains(g.keys[n]) && nodes.count > 1 { hiddenForms.append(g.kept[i].surface); continue }
                forms.append((g.kept[i].surface, g.kept[i].stats.mentions))
            }
        }
        let kind = self.kind(nodes, g, st)
        // Short forms never name the participant.
        let owned = forms.filter { !ownerless.contains(NameKey.of($0.surface)) }
        let ranked = owned.isEmpty ? forms : owned + forms.filter { ownerless.contains(NameKey.of($0.surface)) }.map { ($0.surface, 0) }
        let name = canonicalName(nodes, g, kind: kind, forms: ranked)
        var seen = Set<String>()
        var aliases: [String] = []
        for f in forms.map(\.surface).sorted() where f != name && seen.insert(f).inserted { aliases.append(f) }
        var roleSeen = Set<String>()
        let roles = st.roles.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map(\.key).filter { roleSeen.insert($0.lowercased()).inserted }
        let articles = Array(Set(st.articles)).sorted().map { articleIDs[$0] }
        let p = Participant(name: name, kind: kind, aliases: aliases, roles: kind == .person ? roles : [],
                            mentions: st.mentions, articles: articles)
        return (p, forms.map(\.surface) + hiddenForms)
    }

    /// The type, from all the group's forms: a party is an organisation; a person when any form
    /// is a full personal name or person evidence leads (people are never typed as places); a
    /// gazetteer place stays a place however used; then organisation evidence or an acronym;
    /// then a place by context ("in X" in most mentions); else a person-shaped name; else other.
    static func kind(_ nodes: [Int], _ g: NameGraph, _ st: CorpusAggregate.NameStats) -> Participant.Kind {
        if nodes.contains(where: { PoliticalParties.party(forKey: g.keys[$0]) != nil }) { return .organization }
        let hasPersonName = nodes.contains { g.personLike[$0] && (g.stats[$0].person > 0 || isGivenName(g.tokens[$0][0])) }
        let gazetteerPlace = nodes.contains { Places.place(forKey: g.keys[$0]) != nil || isGazetteerPlace(g.tokens[$0]) }
        if hasPersonName || (!gazetteerPlace && st.person > 0 && st.person >= st.organization) { return .person }
        if gazetteerPlace { return .place }
        if st.organization > 0 || nodes.contains(where: { isAcronym(g.tokens[$0]) }) { return .organization }
        if st.place > 0 && st.place * 2 >= st.mentions { return .place }
        return nodes.contains { g.personLike[$0] } ? .person : .other
    }

    /// A place's name: the gazetteer's name of its most written gazetteer form, or a geographic
    /// feature's name written more ("Gulf of Mexico" over a "Gulf" standing for it).
    static func placeName(_ nodes: [Int], _ g: NameGraph) -> String? {
        var best: (name: String, mentions: Int)?
        for n in nodes {
            let name: String
            if let p = Places.place(forKey: g.keys[n]) { name = p.canonical }
            else if g.tokens[n].count >= 3, isGazetteerPlace(g.tokens[n]) { name = g.tokens[n].joined(separator: " ") }
            else { continue }
            if best == nil || g.stats[n].mentions > best!.mentions { best = (name, g.stats[n].mentions) }
        }
        return best?.name
    }

    /// One word in capitals, periods aside ("UN", "U.S.").
    static func isAcronym(_ t: [Substring]) -> Bool {
        guard t.count == 1 else { return false }
        let s = String(t[0])
        return s.count >= 2 && s.filter { $0 != "." }.allSatisfy(\.isUppercase)
    }

    /// The name to show: a party's or a gazetteer place's canonical name; a person's most written
    /// full name without a title; an organisation's long name over its acronym; else the most
    /// written form.
    static func canonicalName(_ nodes: [Int], _ g: NameGraph, kind: Participant.Kind, forms: [Form]) -> String {
        func best(_ list: [Form]) -> String? {
            list.max { a, b in
                if a.mentions != b.mentions { return a.mentions < b.mentions }
                if a.surface.count != b.surface.count { return a.surface.count < b.surface.count }
                return a.surface > b.surface
            }?.surface
        }
        if let party = nodes.lazy.compactMap({ PoliticalParties.party(forKey: g.keys[$0]) }).first { return party }
        if kind == .place, let p = placeName(nodes, g) { return p }
        if kind == .person {
            return best(forms.filter { isUntitledFullName($0.surface) })
                ?? best(forms.filter { $0.surface.utf8.contains(0x20) }) ?? best(forms)!
        }
        var name = best(forms)!
        if kind == .organization, nodes.contains(where: { isAcronym(g.tokens[$0]) }),
           let long = best(forms.filter { $0.surface.split(separator: " ").count >= 2 }) {
            name = long
        }
        if kind == .organization, !name.utf8.contains(0x20), let exp = Organizations.acronyms[name.uppercased()],
           exp.utf8.contains(0x20), forms.contains(where: { NameKey.of($0.surface) == NameKey.of(exp) }) {
            name = exp
        }
        return name
    }
}
