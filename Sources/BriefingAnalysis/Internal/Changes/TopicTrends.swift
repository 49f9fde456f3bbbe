import BriefingModel

/// Topics that rose or faded between two briefings, judged by their share of each period's
/// articles so a busier week does not make every topic "rise".
///
/// Topic labels are chosen afresh each week ("leaking oil" one week, "oil spill" with "leaking
/// oil" among its terms the next), so two topics are one when their labels agree (singular or
/// plural) or one's label is among the other's terms.
struct TopicTrends {
    /// A share this many times larger (or smaller) is a rise (a fall): half as much again is the
    /// least change a reader would call one.
    var factor = 1.5
    /// And by at least this many articles: one article more or less is noise in a weekly count.
    var minimumChange = 2

    /// - Parameter history: briefings before `previous`, newest first.
    func compare(_ current: Briefing, _ previous: Briefing, history: [Briefing])
        -> (rising: [BriefingChanges.TopicTrend], fading: [BriefingChanges.TopicTrend]) {
        let volume = Double(max(current.corpus.articleCount, 1))
        let previousVolume = Double(max(previous.corpus.articleCount, 1))
        let periods = history.reversed() + [previous]
        var rising: [BriefingChanges.TopicTrend] = [], fading: [BriefingChanges.TopicTrend] = []
        var matchedBefore = Set<String>()
        for topic in current.topics {
            let a = Set(topic.articles).count
            let earlier = Self.counterpart(of: topic, in: previous)
            if let earlier { matchedBefore.insert(earlier.label) }
            let b = earlier.map { Set($0.articles).count } ?? 0
            let trend = periods.map { Self.counterpart(of: topic, in: $0).map { Set($0.articles).count } ?? 0 } + [a]
            let item = BriefingChanges.TopicTrend(label: topic.label, now: a, before: b, articles: topic.articles,
                                                  trend: Array(trend.suffix(9)))
            guard abs(a - b) >= minimumChange else { continue }
            if a > b, Double(a) / volume >= Double(b) / previousVolume * factor { rising.append(item) }
            if b > a, Double(b) / previousVolume >= Double(a) / volume * factor { fading.append(item) }
        }
        for topic in previous.topics where !matchedBefore.contains(topic.label) && Set(topic.articles).count >= minimumChange {
            let b = Set(topic.articles).count
            let trend = (history.reversed()).map { Self.counterpart(of: topic, in: $0).map { Set($0.articles).count } ?? 0 } + [b, 0]
            fading.append(.init(label: topic.label, now: 0, before: b, articles: [], trend: Array(trend.suffix(9))))
        }
        rising.sort { ($0.now - $0.before, $1.label) > ($1.now - $1.before, $0.label) }
        fading.sort { ($0.before - $0.now, $1.label) > ($1.before - $1.now, $0.label) }
        return (rising, fading)
    }

    /// The topic of `briefing` that is `topic` under another name, the largest when several are.
    static func counterpart(of topic: Topic, in briefing: Briefing) -> Topic? {
        let label = key(topic.label), terms = Set(topic.terms.map(key))
        return briefing.topics.filter { other in
            key(other.label) == label || terms.contains(key(other.label)) || other.terms.map(key).contains(label)
        }.max { (Set($0.articles).count, $1.label) < (Set($1.articles).count, $0.label) }
    }

    /// "Oil spills" and "oil spill" are one topic across weeks.
    static func key(_ label: String) -> String {
        let lower = label.lowercased()
        return lower.hasSuffix("s") && !lower.hasSuffix("ss") && lower.count > 3 ? String(lower.dropLast()) : lower
    }
}
