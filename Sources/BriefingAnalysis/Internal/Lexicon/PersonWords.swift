// Word lists written by the Briefing project from general knowledge (not copied from another project).

/// Evidence that a name is a person: titles, honorifics and common first names.
///
/// Why: "Senator Marco Rubio" and "Sergey Lavrov, the Russian Foreign Minister" tell us both
/// that the name is a person and which role the text gives them; honorifics and first names
/// type the many names that come with no title.
enum PersonWords {
    /// Title words that can make up a role ("Foreign Minister", "Secretary of State").
    static let roleWords: Set<String> = Set("""
    president vice prime minister ministers secretary state foreign defence defense finance interior
    home justice health trade economy economic environment energy culture education labour labor
    treasury chancellor senator sen sen. representative rep rep. congressman congresswoman governor
    mayor ambassador envoy general gen gen. chief deputy director chairman chairwoman chair
    spokesman spokeswoman spokesperson commissioner king queen prince princess pope emperor
    leader opposition shadow attorney judge justice sheikh colonel major admiral commander captain
    lieutenant sergeant coach manager boss executive ceo cfo founder head professor prof prof.
    archbishop bishop cardinal speaker whip diplomat top senior former acting first lady lord
    secretary-general under-secretary undersecretary premier minister-president counsel
    special adviser advisor national security affairs development international european
    mep msp mp
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Role words that are enough on their own to make a role (not just modifiers).
    static let coreTitles: Set<String> = Set("""
    president minister secretary senator sen sen. representative rep rep. congressman congresswoman
    governor mayor ambassador envoy general gen gen. chief director chairman chairwoman
    spokesman spokeswoman spokesperson commissioner king queen prince princess pope emperor
    leader attorney judge sheikh colonel major admiral commander captain lieutenant sergeant
    coach manager boss ceo cfo founder professor prof prof. archbishop bishop cardinal speaker
    chancellor secretary-general premier diplomat adviser advisor counsel mep msp mp
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Honorifics: person evidence, but not a role worth reporting.
    static let honorifics: Set<String> = Set("""
    mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady madam miss
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Common given names (many origins), lower case.
    static let firstNames: Set<String> = Set("""
    john james robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony antony mark donald steven steve paul andrew andy joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin ben samuel gregory frank alexander alex raymond patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith
    christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan
    billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
    elijah louis bobby philip phil johnny tony tom tim jim bill bob mike chris nick rob dave ted
    marco mario luigi giuseppe francesco antonio giorgio silvio matteo emmanuel francois jacques
    nicolas pierre jean marie michel alain angela olaf gerhard helmut friedrich wolfgang hans
    klaus jurgen boris vladimir sergey sergei dmitry dmitri alexei alexey mikhail nikolai ivan
    igor oleg yuri viktor volodymyr petro yulia arseniy xi li wang zhang hu wen jinping shinzo
    fumio kim moon narendra rahul sonia imran nawaz recep benjamin binyamin ehud ariel yitzhak
    mahmoud yasser hassan hosni mohammed muhammad ahmed ali omar abdullah bashar saddam ayatollah
    hamid ashraf nelson jacob thabo cyril robert kofi ban antonio jens ursula charles emmanuel
    theresa margaret gordon tony david nicola keir rishi liz boris jeremy ed michael ken
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    dorothy sandra ashley kimberly donna emily michelle carol amanda melissa deborah stephanie
    rebecca laura sharon cynthia kathleen amy shirley anna angela ruth brenda pamela nicole
    katherine catherine virginia christine samantha debra janet rachel carolyn emma maria heather
    diane julie joyce evelyn victoria kelly christina lauren joan judith olivia martha cheryl
    megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia
    marie madison grace judy theresa beverly denise marilyn amber danielle abigail brittany rose
    diana natalie sophia alexis lori kayla jane hillary hilary condoleezza madeleine kamala
    joe barack bill hillary nancy mitch chuck lindsey ted rand elizabeth bernie pete mike
    gordon tony jack john alistair alastair charles prince harry william kate camilla diana
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))
}
