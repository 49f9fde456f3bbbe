// Word lists written by the Briefing project for its own use (not copied from another project).

import BriefingSupport

/// Function words and very common words that are never names on their own.
///
/// Why: a capitalised word at the start of a sentence ("Now", "Hey", "The") says nothing about
/// whether it is a name; these lists let the recogniser drop such words and let the key-phrase
/// extractor split candidate phrases at them (the RAKE idea: stop words delimit phrases).
enum FunctionWords {
    /// Closed-class words: articles, pronouns, prepositions, conjunctions, auxiliaries, modals
    /// (`ClosedClassWords`, shared with the readers).
    static let closed: Set<String> = ClosedClassWords.all

    /// Frequent non-name words that start sentences or headings capitalised: discourse markers,
    /// interjections, common verbs, adverbs and generic nouns. A capitalised sentence-initial
    /// word in this list is never taken as the start of a name.
    static let common: Set<String> = Set("""
    hey hi hello ok okay alright well now so oh yeah wow please thanks thank let let's lets
    today yesterday tomorrow tonight meanwhile however therefore thus hence moreover furthermore
    instead indeed overall ultimately finally first firstly second secondly third lastly next
    then later earlier afterwards anyway besides otherwise perhaps maybe probably likely possibly
    certainly clearly obviously surely basically essentially actually apparently generally
    usually often sometimes never always ever once twice key major small
    good bad best worst low long short last past recent current future potential
    important significant despite given according regarding following including whereas
    think imagine remember consider note look see say said says tell told ask asked make made
    take took get got go went come came give gave keep kept put set find found know knew show
    buckle dive jump read watch expect expected understanding analyzing analysing exploring
    looking moving breaking setting understanding examining assessing reflecting
    while both either neither every each all any some many most much more few several
    why what when where who how which whose whom whether
    mr mrs ms dr sir madam
    """.split(whereSeparator: { $0.isWhitespace }).map(String.init))

    /// Bits for `Token.stopFlags`: closed-class, common, not a key-phrase word.
    static let closedBit: UInt8 = 1, commonBit: UInt8 = 2, phraseStopBit: UInt8 = 4

    /// Every listed word with its bits: one hash per token at tokenisation answers all three
    /// questions later steps ask.
    static let flags: [String: UInt8] = {
        var m: [String: UInt8] = [:]
        for w in closed { m[w, default: 0] |= closedBit }
        for w in common { m[w, default: 0] |= commonBit }
        for w in KeyphraseExtractor.extraStops { m[w, default: 0] |= phraseStopBit }
        return m
    }()

    /// True when the lower-cased word is a closed-class or very common word.
    @inline(__always)
    static func isStop(_ lower: String) -> Bool {
        closed.contains(lower) || common.contains(lower)
    }
}
