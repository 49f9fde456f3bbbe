/// What identifies an article across the briefings of a series.
///
/// Why one definition: the archive stores these keys and the comparison looks them up, so the
/// two must agree; a feed gives the same item a new id, so the URL (lower-cased) wins when there
/// is one, and the ids of copies merged into the article count as briefed too.
extension ArticleDigest {
    /// The URL, lower-cased, else the id.
    public var seriesIdentity: String { url.map { $0.lowercased() } ?? id }

    /// `seriesIdentity` and the ids of the copies merged into this article.
    public var seriesFingerprints: [String] { [seriesIdentity] + duplicates }
}
