/// The figures the main-content extractor decides by, each with its reason. They come from the
/// published methods (readability's scoring constants, jusText's length classes) and from what
/// web typography makes of a paragraph, not from fitting any one page set.
struct ExtractionThresholds {
    /// readability: shorter text is a label or a link, too weak to vote for its container.
    let minimumParagraphCharacters = 25
    /// readability scores a paragraph's parent, grandparent and a few levels more (less each level).
    let scoredAncestorLevels = 5
    /// readability: siblings join the article above a fifth of its score, and never below 10.
    let siblingShare = 0.2
    let minimumSiblingScore = 10.0
    /// A sibling section joins the article when it holds two paragraphs of prose or more (one
    /// could be an author's note) and is under a quarter links (readability's test for a
    /// sibling paragraph).
    let proseBlocksOfASection = 2
    let maximumSiblingLinkDensity = 0.25
    /// readability: three or more candidates within three quarters of the best, under one
    /// ancestor, mean the article is split and the ancestor holds it.
    let alternativeShare = 0.75
    let alternativesToUnite = 3
    /// readability compares the five best candidates.
    let candidatesCompared = 5
    /// boilerpipe's link-density cut: a block more than half link text is navigation.
    let maximumBlockLinkDensity = 0.5
    /// A section a third links and shorter than a few paragraphs is a link list ("Related", "Most read").
    let maximumSectionLinkDensity = 0.33
    let longSection = 1000
    /// jusText's "long" block: about two lines of a news column (roughly 15 words) is prose by
    /// its length alone.
    let proseCharacters = 80
    /// Less than this is no article (a teaser, a paywall stub): the fallback is tried.
    let minimumArticleCharacters = 200
    /// The container must hold at least this share of the page's prose, else the article was
    /// split over containers the scoring did not join, and the whole-page fallback is tried.
    let minimumShareOfProse = 0.4
}
