/// An article's stems' corpus document frequencies and article counts, by stem number.
///
/// Why: the rankers and the story vector weigh the same stems many times over (a stem is in
/// several candidates); the corpus table is large, so each stem is looked up in it once per
/// article here and read by number after.
struct StemStatistics: Sendable {
    /// Articles using the stem (1 when unknown, as the rankers count it).
    var documentFrequency: [Int]
    /// Uses of the stem as a content word in the article (1 when none, as the rankers count it).
    var termCount: [Int]
    /// Uses as a content word, 0 when none: the stems a story vector weighs.
    var contentCount: [Int]

    /// The statistics of `stems`, looking up in `documentFrequency` only the stems `needed`
    /// (nil: every stem).
    init(_ stems: [String], documentFrequency table: [String: Int], contentCounts: [Int], needed: [Bool]? = nil) {
        documentFrequency = stems.indices.map { s in
            guard needed?[s] ?? true else { return 1 }
            return table[stems[s]] ?? 1
        }
        contentCount = contentCounts
        termCount = contentCounts.map { max($0, 1) }
    }

    /// The statistics of stems whose counts are given as a table (the rankers' string
    /// interface).
    init(_ stems: [String], documentFrequency table: [String: Int], termCounts: [String: Int]) {
        self.init(stems, documentFrequency: table, contentCounts: stems.map { termCounts[$0] ?? 0 })
        termCount = stems.map { termCounts[$0] ?? 1 }
    }
}
