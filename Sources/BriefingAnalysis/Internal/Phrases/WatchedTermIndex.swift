import BriefingModel

/// The analyst's watched terms, looked up by key rather than compared one by one.
///
/// Why: a watchlist can be long (an exported glossary of 200,000 terms). Comparing every
/// candidate phrase with every term costs phrases x terms; here each phrase costs the handful
/// of look-ups its own contiguous word runs need (a phrase of n words has n(n+1)/2 runs), and
/// each term is read once, whatever the list's length.
struct WatchedTermIndex: Sendable {
    /// Each topic's keys (stems joined by spaces), the label's first, without repeats.
    let topicKeys: [[String]]
    /// The topics a key belongs to.
    let topicsByKey: [String: [Int]]

    init(_ watchlist: [WatchedTopic], key: (String) -> String) {
        topicKeys = watchlist.map { topic in
            var seen = Set<String>()
            return ([topic.label] + topic.terms).map(key).filter { !$0.isEmpty && seen.insert($0).inserted }
        }
        var byKey: [String: [Int]] = [:]
        for (topic, keys) in topicKeys.enumerated() {
            for k in keys { byKey[k, default: []].append(topic) }
        }
        topicsByKey = byKey
    }

    /// True when a run of consecutive words of `words` is a watched term: the phrase contains it.
    func containsTerm(_ words: [String]) -> Bool {
        guard !topicsByKey.isEmpty else { return false }
        for start in words.indices {
            var run = ""
            for end in start..<words.count {
                run += (end == start ? "" : " ") + words[end]
                if topicsByKey[run] != nil { return true }
            }
        }
        return false
    }

    /// Per topic, the mentions in one article's phrases: a phrase whose key is one of the
    /// topic's terms counts, unless a longer term of the same topic that contains it is also
    /// among the article's phrases (it is counted there, not twice).
    func mentions(in phrases: [PhraseCandidate]) -> [Int: Int] {
        var matched: [Int: [PhraseCandidate]] = [:]
        for phrase in phrases {
            for topic in topicsByKey[phrase.key] ?? [] { matched[topic, default: []].append(phrase) }
        }
        var counts: [Int: Int] = [:]
        for (topic, found) in matched {
            let present = Set(found.map(\.key)).map { ($0, $0.split(separator: " ").map(String.init)) }
            var total = 0
            for phrase in found {
                let words = phrase.key.split(separator: " ").map(String.init)
                let inside = present.contains { other in
                    other.0 != phrase.key && other.1.count > words.count && KeyphraseExtractor.overlap(other.1, words)
                }
                if !inside { total += phrase.count }
            }
            if total > 0 { counts[topic] = total }
        }
        return counts
    }
}
