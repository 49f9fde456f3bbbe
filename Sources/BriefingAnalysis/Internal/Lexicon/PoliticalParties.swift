// Word lists written by the Briefing project from general knowledge (not copied from another project).

/// Political parties with the short forms and nicknames news writes for them.
///
/// Why a curated table: a party's everyday names share no spelling rule with its full name
/// ("Tories" for the Conservative Party, "GOP" for the Republican Party, "Lib Dems"), and they
/// are also adjectives before a role ("Labour MP", "Republican Senator"), so neither acronym
/// matching nor surname joining can find them. The set of major parties changes slowly and is
/// small; it covers several democracies, not one country. Each line: `Canonical|form|form...`.
enum PoliticalParties {
    private static let table = """
    Labour Party|Labour|New Labour|Old Labour|Labour Party|Labour party
    Conservative Party|Conservative|Conservatives|Conservative Party|Tory|Tories|Tory Party|Tory party
    Liberal Democrats|Liberal Democrat|Liberal Democrats|Lib Dem|Lib Dems|LibDem|LibDems
    UK Independence Party|UKIP|UK Independence Party
    Scottish National Party|SNP|Scottish National Party
    Plaid Cymru|Plaid|Plaid Cymru
    Green Party|Greens|Green Party
    Sinn Fein|Sinn Fein|Sinn Féin
    Democratic Unionist Party|DUP|Democratic Unionist Party
    Democratic Party|Democrat|Democrats|Democratic Party|Democrat Party
    Republican Party|Republican|Republicans|Republican Party|GOP
    Christian Democratic Union|CDU|Christian Democratic Union|Christian Democrats
    Social Democratic Party|SPD|Social Democratic Party|Social Democrats
    African National Congress|ANC|African National Congress
    Bharatiya Janata Party|BJP|Bharatiya Janata Party
    Indian National Congress|Congress Party|Indian National Congress
    Likud|Likud|Likud Party
    """

    /// Written form's key (`NameKey`) -> the party's canonical name.
    static let byKey: [String: String] = {
        var map: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let names = line.split(separator: "|").map { $0.trimmingSpaces }
            guard let canonical = names.first else { continue }
            for name in names { map[NameKey.of(name)] = canonical }
        }
        return map
    }()

    /// Lower-case words that name a party, alone or together ("labour", "tory", "lib", "dems"):
    /// the words a role phrase may start with ("Labour MP", "Lib Dem leader").
    static let words: Set<String> = {
        var out: Set<String> = ["lib", "dem", "dems", "liberal"]
        for line in table.split(separator: "\n") {
            for name in line.split(separator: "|").map({ $0.trimmingSpaces })
            where !name.contains(" ") && !name.allSatisfy({ $0.isUppercase }) {
                out.insert(name.lowercased())
            }
        }
        return out
    }()

    /// The party a written form names, if any.
    static func party(forKey key: String) -> String? { byKey[key] }
}
