/// What is kept of one article's first pass once the aggregate has taken it in: its names as
/// written, and its summary.
///
/// Why a value of its own: it is held for every article until the briefing is built, so it
/// keeps only what the second pass and the corpus steps read, in arrays no larger than their
/// contents. The names are read for the last time in the second pass, once the written forms
/// are merged, and emptied there (`ArticleNames` keeps what the corpus steps read of them);
/// the summary stays for the stories, the timeline and the key developments.
struct HeldArticle: Sendable {
    /// A name found in the article, as the later steps read it.
    struct Mention: Sendable {
        /// The name as written.
        var surface: String
        /// A role bound to the name ("Russian Foreign Minister").
        var role: String?
        /// Sentence index in the article's sentence list.
        var sentence: Int32
        /// Found in a heading or title.
        var inHeading: Bool
    }

    /// Position in the input.
    var index: Int
    var mentions: [Mention]
    var summary: [String]

    init(index: Int, mentions: [Mention], summary: [String]) {
        self.index = index
        self.mentions = mentions
        self.summary = summary
    }

    init(_ a: ArticleAnalysis) {
        index = a.index
        var kept: [Mention] = []
        kept.reserveCapacity(a.mentions.count)
        for m in a.mentions {
            kept.append(Mention(surface: m.surface, role: m.role, sentence: Int32(m.sentence), inHeading: m.inHeading))
        }
        mentions = kept
        summary = a.summary.map { $0 }   // no spare capacity
    }
}
