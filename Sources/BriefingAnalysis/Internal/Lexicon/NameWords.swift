// Word lists written by the Briefing project from general knowledge (not copied from another project).

/// Small hand-written lists the name tagger needs beside the generated ones.
///
/// Why: nationalities of religions and peoples, event heads and speech verbs are closed, short
/// lists no package ships in this form; they decide MISC names and person evidence.
enum NameWords {
    /// Religions, peoples and languages written capitalised (other names, like demonyms).
    static let peoples: [String] = """
    muslim muslims moslem moslems islamic christian christians catholic catholics protestant
    protestants jewish jew jews hindu hindus buddhist buddhists sikh sikhs sunni sunnis shi'ite
    shi'ites shiite shiites kurd kurds kurdish arab arabs arabic tamil tamils hutu hutus tutsi
    tutsis pashtun basque basques catalan zulu maori aboriginal orthodox anglican latino hispanic
    english scottish welsh european europeans african africans asian asians latin western
    soviet yugoslav bosnian bosnians chechen chechens serb serbs croat croats palestinians israelis
    americans russians britons germans french italians canadians australians mexican mexicans
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Last words of event, prize and competition names ("World Cup", "U.S. Open").
    static let eventHeads: [String] = """
    cup open championship championships games olympics olympic prix trophy tournament
    award awards prize classic masters series derby marathon festival war tour day
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Particles inside people's names.
    static let particles: [String] = """
    van von der den de du da di del della dos das le la bin ben al el ibn mac st
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Geographic features named after a place with "of" ("Gulf of Mexico", "Isle of Man").
    static let geographicOfHeads: Set<String> = ["isle", "isles", "gulf", "bay", "sea", "cape", "lake", "straits", "strait"]

    /// Words after which "of" continues a name.
    static let ofHeads: [String] = """
    bank university college institute ministry department republic kingdom house council court
    board federation union association society school league museum church bureau office
    party chamber commission committee organisation organization academy foundation fund
    isle isles gulf bay sea cape lake port straits strait duke earl prince archbishop bishop
    order corps army states emirates islands city secretary minister
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Verbs that follow a person's name ("Smith said").
    static let speech: [String] = """
    said says told added asked replied insisted argued warned denied admitted noted wrote
    explained declared announced stressed urged claimed
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Prepositions that put the next name in a place.
    static let locatives: [String] = """
    in near at from outside inside across throughout towards toward into
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Words of sport reports: where they abound, a town's name is usually its team.
    static let sports: [String] = """
    soccer cricket tennis golf baseball basketball rugby football hockey boxing cycling athletics
    skiing racing innings wicket wickets goal goals scorers halftime half-time standings
    league division championship semifinal semi-final quarter-final playoff play-off
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Lower-case nouns for people that stand right before a name ("striker Alan Shearer").
    static let personCues: [String] = """
    striker midfielder defender goalkeeper forward coach manager captain skipper batsman bowler
    pitcher driver rider champion veteran compatriot rival opponent partner wife husband son
    daughter brother sister father mother actor actress singer author writer analyst economist
    dealer trader lawyer attorney spokesman spokeswoman chairman director premier dictator
    leader colleague teammate winner runner-up novelist poet artist composer
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Lower-case words that stand right after an organisation's name ("Ericsson shares").
    static let organizationCues: [String] = """
    shares shareholders stock spokesman spokeswoman officials chairman subsidiary unit
    stake profit profits earnings revenue revenues executives board management fans
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Last words of the names of places, buildings and landmarks ("Tiananmen Square").
    static let placeHeads: [String] = """
    square park road street avenue bridge stadium airport river lake mountain mountains island
    islands valley bay sea ocean gulf strait straits canal province county district peninsula
    desert coast heights hills plain arena palace castle hospital prison camp airbase
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// News agencies, exchanges and other bodies a news reader meets by one name.
    static let organizations: [String] = """
    reuters interfax xinhua tass itar-tass bloomberg afp dpa ansa kyodo yonhap bernama antara
    nasdaq nyse amex fed bundesbank eurostat interpol hamas hezbollah taliban fatah likud
    greenpeace unicef unesco gazprom nasa opec nato
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)

    /// Organisation head words beyond `Organizations.keywords` that mark company and body names.
    static let orgHeads: [String] = """
    inc corp co ltd plc llc ag sa nv bv gmbh spa airlines airline bancorp holdings securities
    resources petroleum oil energy motors telecom communications pharmaceuticals international
    capital investment investments insurance financial industries electric steel mining brothers
    stores media records press agency daily
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init)
}
