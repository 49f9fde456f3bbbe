import BriefingModel

/// What a story is about, read from the briefing model alone: its participants and key phrases
/// (counted over its articles) and the identities of its articles.
///
/// Why from the model: last week's briefing is only a model (`--previous`, the archive); its
/// articles are not read again, so the comparison can use only what the model kept.
struct StoryProfile {
    let story: Story
    /// Feature -> how many of the story's articles carry it. Participants are prefixed "p:",
    /// phrases "k:", so "Libya" the place and "libya" a phrase stay apart.
    let features: [String: Int]
    /// URL (else id) of each article, and of the copies merged into it.
    let articleKeys: Set<String>

    init(_ story: Story, articles: [String: ArticleDigest]) {
        self.story = story
        var features: [String: Int] = [:]
        var keys = Set<String>()
        for digest in story.articles.compactMap({ articles[$0] }) {
            for name in Set(digest.participants.map(Self.normalized)) { features["p:" + name, default: 0] += 1 }
            for phrase in Set(digest.keyphrases.map(Self.normalized)) { features["k:" + phrase, default: 0] += 1 }
            keys.formUnion(digest.seriesFingerprints)
        }
        self.features = features
        articleKeys = keys
    }

    static func normalized(_ text: String) -> String { text.lowercased() }
}
