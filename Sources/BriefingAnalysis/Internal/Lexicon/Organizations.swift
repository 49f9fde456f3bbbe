// Word lists written by the Briefing project from general knowledge (not copied from another project).

/// Organisation evidence: head words that make a name an organisation, and well-known
/// acronyms with their expansions.
///
/// Why: organisation names are open-ended, but they are built from a small set of head words
/// ("Council", "Ministry", "Bank"); acronyms are folded onto their expansion so "UN" and
/// "United Nations" are one participant.
enum Organizations {
    /// Words that mark a capitalised sequence as an organisation.
    static let keywords: Set<String> = Set("""
    organization organisation council ministry union party agency bank inc inc. corp corp. corporation
    ltd ltd. llc plc co company companies group association committee commission department
    institute institution university college school academy federation league confederation
    parliament congress senate assembly court tribunal office bureau board authority administration
    service services force forces army navy police fund foundation trust society club team
    network news times post journal herald telegraph guardian tribune broadcasting television radio
    airlines airways motors industries holdings technologies systems labs laboratories partners
    alliance coalition front movement church centre center museum commission cabinet government
    kremlin pentagon treaty summit forum ministerial exchange reserve house
    united city rovers athletic wanderers albion county fc rangers celtic
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Head words after which "of", "for", "and", "in" may continue an organisation name.
    static let connectorHeads: Set<String> = Set("""
    organization organisation council ministry union bank association committee commission
    department institute university college school academy federation league parliament court
    office bureau board authority administration fund foundation society alliance secretary
    house republic kingdom states chamber museum church centre center security cooperation
    co-operation bank party movement front forum order
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Acronym -> expansion, for well-known bodies. Keys are upper case without periods.
    static let acronyms: [String: String] = [
        "UN": "United Nations", "NATO": "North Atlantic Treaty Organization",
        "EU": "European Union", "OSCE": "Organization for Security and Co-operation in Europe",
        "IMF": "International Monetary Fund", "WHO": "World Health Organization",
        "WTO": "World Trade Organization", "OPEC": "Organization of the Petroleum Exporting Countries",
        "ASEAN": "Association of Southeast Asian Nations", "AU": "African Union",
        "FBI": "Federal Bureau of Investigation", "CIA": "Central Intelligence Agency",
        "BBC": "British Broadcasting Corporation", "ECB": "European Central Bank",
        "IAEA": "International Atomic Energy Agency", "ICC": "International Criminal Court",
        "G7": "Group of Seven", "G20": "Group of Twenty", "FIFA": "FIFA", "UEFA": "UEFA",
        "NHS": "National Health Service", "CNN": "CNN", "NDTV": "NDTV", "OECD": "OECD",
        "UNESCO": "UNESCO", "UNICEF": "UNICEF", "SEC": "Securities and Exchange Commission",
    ]

    /// Acronyms of common nouns: never names.
    static let commonAcronyms: Set<String> = [
        "TV", "PC", "PCs", "DVD", "DVDs", "CD", "CDs", "GDP", "CEO", "SMS", "MP3", "ID", "IT", "AI",
        "OK", "VAT", "HIV", "AIDS", "DNA", "PM", "MP", "MPs", "MEP", "GMT", "BST", "AM", "FM", "TVs",
        "HD", "HDTV", "USB", "PDA", "GPS", "LCD", "IP", "ISP", "VoIP", "WiFi", "RPG",
        // Time zones: page furniture beside a clock time, never a participant.
        "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "UTC", "CET", "CEST",
    ]

    /// Lower-cased words that end a company's name as its legal form or corporate shell ("Volkswagen
    /// AG", "Volkswagen Group", "Apple Inc."): the same company as the name without them.
    static let corporateDesignators: Set<String> = [
        "group", "ag", "inc", "inc.", "corp", "corp.", "corporation", "plc", "ltd", "ltd.", "limited",
        "llc", "gmbh", "sa", "nv", "holdings", "co", "co.",
    ]

    /// Acronyms that name places rather than bodies.
    static let placeAcronyms: Set<String> = ["US", "USA", "UK", "UAE", "DRC", "PRC", "NYC"]
}
