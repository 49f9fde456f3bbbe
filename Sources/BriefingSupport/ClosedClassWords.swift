// A word list written by the Briefing project for its own use (not copied from another project).

/// English closed-class words: articles, pronouns, prepositions, conjunctions, auxiliaries,
/// modals, quantifiers.
///
/// Why here: both the readers (where a headline runs into its text, `TitleFromText`) and the
/// analysis (names and key phrases, `FunctionWords`) ask whether a word is one of these, and
/// BriefingSupport is the one module both see.
package enum ClosedClassWords {
    package static let all: Set<String> = Set("""
    a an the this that these those there here it its it's itself they them their theirs themselves
    he him his himself she her hers herself we us our ours ourselves you your yours yourself
    yourselves i me my mine myself one ones who whom whose which what whatever whoever when where
    why how whether if then than so as because since while although though unless until till
    and or nor but yet also either neither both not no yes only just even still already again
    of in on at by for with without within into onto upon from to toward towards about above below
    over under after before during between among amongst through throughout across along around
    behind beyond beside besides near off out up down against despite via per amid amidst like
    unlike be is am are was were been being have has had having do does did doing done
    will would shall should can could may might must ought 's n't not
    all any some many much more most few fewer less least several each every other others another
    such same own very too quite rather really almost enough lot lots
    """
    .split(whereSeparator: { $0.isWhitespace }).map(String.init))
}
