/// A sentence of the executive summary and the articles it is drawn from.
/// Every line of the summary cites its sources; the renderer shows them as references.
public struct CitedSentence: Hashable, Sendable, Codable {
    public var text: String
    public var articles: [String]

    public init(text: String, articles: [String]) {
        self.text = text
        self.articles = articles
    }
}
