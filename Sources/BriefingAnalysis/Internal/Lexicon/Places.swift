// Gazetteer written by the Briefing project from general knowledge (not copied from another project).

/// Countries (with short forms and demonyms), major cities and regions.
///
/// Why: a place name is the one kind of name a list settles well; the list also folds spelling
/// variants ("U.S.", "US", "United States", "America") onto one canonical name, and demonyms
/// ("Russian") onto their country so "Russian officials" counts as coverage of Russia.
enum Places {
    /// `Canonical|alias|alias...;demonym|demonym` per country.
    private static let countryTable = """
    United States|U.S.|US|USA|U.S.A.|United States of America|America;American|Americans
    United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons
    Russia|Russian Federation;Russian|Russians
    Ukraine;Ukrainian|Ukrainians
    China|People's Republic of China|PRC;Chinese
    France;French
    Germany;German|Germans
    Italy;Italian|Italians
    Spain;Spanish|Spaniard
    Portugal;Portuguese
    Netherlands|Holland;Dutch
    Belgium;Belgian
    Switzerland;Swiss
    Austria;Austrian
    Sweden;Swedish|Swede
    Norway;Norwegian
    Denmark;Danish|Dane
    Finland;Finnish|Finn
    Iceland;Icelandic
    Ireland|Irish Republic|Republic of Ireland;Irish
    Poland;Polish|Pole|Poles
    Czech Republic|Czechia;Czech
    Slovakia;Slovak
    Hungary;Hungarian
    Romania;Romanian
    Bulgaria;Bulgarian
    Greece;Greek|Greeks
    Turkey|Turkiye;Turkish|Turk|Turks
    Cyprus;Cypriot
    Malta;Maltese
    Serbia;Serbian|Serb|Serbs
    Croatia;Croatian|Croat
    Bosnia|Bosnia and Herzegovina;Bosnian
    Slovenia;Slovenian
    Albania;Albanian
    Kosovo;Kosovar
    Montenegro
    North Macedonia|Macedonia;Macedonian
    Moldova;Moldovan
    Belarus;Belarusian
    Lithuania;Lithuanian
    Latvia;Latvian
    Estonia;Estonian
    Georgia;Georgian
    Armenia;Armenian
    Azerbaijan;Azerbaijani
    Kazakhstan;Kazakh
    Uzbekistan;Uzbek
    Kyrgyzstan
    Tajikistan
    Turkmenistan
    Afghanistan;Afghan
    Pakistan;Pakistani
    India;Indian|Indians
    Bangladesh;Bangladeshi
    Sri Lanka;Sri Lankan
    Nepal;Nepalese
    Iran;Iranian
    Iraq;Iraqi
    Syria;Syrian
    Lebanon;Lebanese
    Israel;Israeli|Israelis
    Palestine|Palestinian Territories;Palestinian|Palestinians
    Jordan;Jordanian
    Saudi Arabia;Saudi
    Yemen;Yemeni
    Oman;Omani
    United Arab Emirates|UAE;Emirati
    Qatar;Qatari
    Kuwait;Kuwaiti
    Bahrain
    Egypt;Egyptian
    Libya;Libyan
    Tunisia;Tunisian
    Algeria;Algerian
    Morocco;Moroccan
    Sudan;Sudanese
    South Sudan
    Ethiopia;Ethiopian
    Eritrea
    Somalia;Somali
    Kenya;Kenyan
    Uganda;Ugandan
    Tanzania;Tanzanian
    Rwanda;Rwandan
    Congo|Democratic Republic of Congo|DR Congo|DRC;Congolese
    Nigeria;Nigerian
    Ghana;Ghanaian
    Senegal;Senegalese
    Mali;Malian
    Niger
    Chad
    Cameroon
    Ivory Coast|Cote d'Ivoire
    South Africa;South African
    Zimbabwe;Zimbabwean
    Zambia;Zambian
    Mozambique
    Angola;Angolan
    Namibia
    Botswana
    Japan;Japanese
    South Korea|Korea;Korean|South Korean
    North Korea;North Korean
    Mongolia;Mongolian
    Taiwan;Taiwanese
    Vietnam;Vietnamese
    Thailand;Thai
    Cambodia;Cambodian
    Laos
    Myanmar|Burma;Burmese
    Malaysia;Malaysian
    Singapore;Singaporean
    Indonesia;Indonesian
    Philippines;Philippine|Filipino
    Australia;Australian|Australians
    New Zealand;New Zealander
    Canada;Canadian|Canadians
    Mexico;Mexican
    Cuba;Cuban
    Haiti;Haitian
    Jamaica;Jamaican
    Guatemala
    Honduras
    Nicaragua
    El Salvador
    Costa Rica
    Panama
    Colombia;Colombian
    Venezuela;Venezuelan
    Ecuador
    Peru;Peruvian
    Bolivia;Bolivian
    Brazil;Brazilian
    Chile;Chilean
    Argentina;Argentine|Argentinian
    Uruguay
    Paraguay
    Scotland;Scottish|Scot|Scots
    England;English
    Wales;Welsh
    Northern Ireland
    Vatican
    """

    /// Cities and regions: `Canonical|alias`.
    private static let otherPlaces = """
    Europe|European continent
    West|the West
    Asia
    Africa
    North America
    South America
    Latin America
    Central Asia
    Eastern Europe
    Western Europe
    Central Europe
    Middle East
    Far East
    Balkans|the Balkans
    Caucasus
    Mediterranean
    Baltic
    Scandinavia
    Arctic
    Antarctica
    Gulf
    Persian Gulf
    Pacific
    Atlantic
    Asia-Pacific
    Crimea
    Donbas|Donbass
    Gaza|Gaza Strip
    West Bank
    Kashmir
    Tibet
    Siberia
    Kuala Lumpur
    Moscow
    Washington|Washington DC|Washington D.C.
    London
    Paris
    Berlin
    Rome
    Madrid
    Brussels
    Vienna
    Geneva
    Kyiv|Kiev
    Minsk
    Warsaw
    Prague
    Budapest
    Athens
    Ankara
    Istanbul
    Beijing
    Shanghai
    Hong Kong
    Tokyo
    Seoul
    Pyongyang
    Delhi|New Delhi
    Mumbai
    Islamabad
    Kabul
    Tehran
    Baghdad
    Damascus
    Beirut
    Jerusalem
    Tel Aviv
    Riyadh
    Dubai
    Doha
    Cairo
    Nairobi
    Lagos
    Johannesburg
    Cape Town
    Sydney
    Melbourne
    Canberra
    Ottawa
    Toronto
    New York|New York City|NYC
    Los Angeles
    Chicago
    San Francisco
    Boston
    Miami
    Mexico City
    Havana
    Rio de Janeiro
    Buenos Aires
    Valletta
    Singapore City
    Jakarta
    Manila
    Bangkok
    Hanoi
    Edinburgh
    Glasgow
    Manchester
    Liverpool
    Birmingham
    Leeds
    Cardiff
    Belfast
    Dublin
    Amsterdam
    Stockholm
    Oslo
    Copenhagen
    Helsinki
    Lisbon
    Milan
    Munich
    Frankfurt
    Hamburg
    Barcelona
    Strasbourg
    Davos
    Silicon Valley
    Hollywood
    Wall Street
    Downing Street
    """

    struct Entry: Sendable { let canonical: String; let isCountry: Bool }

    /// Lower-cased, period-free alias -> place.
    static let byKey: [String: Entry] = {
        var map: [String: Entry] = [:]
        for line in countryTable.split(separator: "\n") {
            let halves = line.split(separator: ";", omittingEmptySubsequences: false)
            let names = halves[0].split(separator: "|").map { $0.trimmingSpaces }
            for name in names { map[NameKey.of(name)] = Entry(canonical: names[0], isCountry: true) }
        }
        for line in otherPlaces.split(separator: "\n") {
            let names = line.split(separator: "|").map { $0.trimmingSpaces }
            for name in names { map[NameKey.of(name)] = Entry(canonical: names[0], isCountry: false) }
        }
        return map
    }()

    /// Lower-cased demonym -> country canonical name.
    static let demonyms: [String: String] = {
        var map: [String: String] = [:]
        for line in countryTable.split(separator: "\n") {
            let halves = line.split(separator: ";", omittingEmptySubsequences: false)
            guard halves.count > 1 else { continue }
            let canonical = String(halves[0].split(separator: "|")[0]).trimmingSpaces
            for d in halves[1].split(separator: "|") { map[NameKey.of(String(d))] = canonical }
        }
        return map
    }()

    static func place(forKey key: String) -> Entry? { byKey[key] }

    /// The place a token names, if any (its lower-case form is already a key unless dotted).
    static func place(for t: Token) -> Entry? {
        byKey[t.lower.utf8.contains(0x2E) || t.lower.utf8.contains(0x27) ? NameKey.of(t.lower) : t.lower]
    }

    /// Adjectives of regions and blocs: like demonyms, never names on their own.
    static let regionAdjectives: Set<String> = [
        "asian", "european", "african", "western", "eastern", "northern", "southern", "arab",
        "latin", "nordic", "baltic", "slavic", "soviet", "atlantic", "pacific", "mediterranean",
        "caribbean", "middle-eastern", "transatlantic", "central",
    ]
}
