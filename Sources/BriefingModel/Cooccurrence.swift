/// Two participants named in the same sentences: who appears with whom.
///
/// Why sentences, not articles: two names in one article may be unrelated; two names in one
/// sentence almost always are (a meeting, a call, a dispute). `count` is that sentence count.
public struct Cooccurrence: Hashable, Sendable, Codable {
    /// The two participants' names, in alphabetical order.
    public var a: String
    public var b: String
    /// Ids of the articles with at least one such sentence.
    public var articles: [String]
    /// Sentences naming both.
    public var count: Int

    public init(a: String, b: String, articles: [String], count: Int) {
        self.a = a
        self.b = b
        self.articles = articles
        self.count = count
    }
}
