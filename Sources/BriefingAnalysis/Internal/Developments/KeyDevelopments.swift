#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BriefingModel

/// The executive summary as key developments: the period's most important stories, each with
/// a headline, a lead, the day it happened and the articles it rests on.
///
/// Method: stories are ranked by `StoryImportance` plus how strongly the coverage returns to
/// the story's key day (the timeline's weight of the day its articles name most: journalists'
/// own chronologies are built from the days the coverage keeps citing). Each story's key day
/// is the timeline day whose articles are most its own; its label is the lead when it stands
/// alone (`LeadWriter`), else the best summary sentence of the story's central articles. Two
/// developments never tell the same thing: a second story on an already told day, or with a
/// lead or headline close to one already chosen, is skipped. When there are fewer stories
/// than `minimum`, the most important stories tell a second or third development of their own.
struct KeyDevelopments: Sendable {
    /// Items at most and (when the coverage has them) at least: enough to cover a busy period,
    /// few enough to read on a front page.
    static let maximum = 8
    static let minimum = 5
    /// Leads or headlines sharing this share of their content stems tell the same thing.
    static let sameThing = 0.4
    /// Articles cited per development, most central first.
    static let citedLimit = 12
    /// Key days considered per story.
    static let daysPerStory = 3

    var articleIDs: [String]
    var titles: [String]
    var articleDays: [Day?]
    var sources: [String?]
    /// Per article, its summary sentences, best first.
    var summaries: [[String]]
    /// Per article, its participants, most mentioned first.
    var participants: [[String]]
    var timeline: [TimelineEntry]
    /// Participants who are people.
    var people: Set<String> = []
    /// The sentences naming each day, as written: a label cut for the chart is found whole here.
    var dateSentences: [Day: [String]] = [:]

    /// One story's candidate development.
    struct Candidate {
        var story: Int
        var score: Double
        var headline: String
        /// The member whose title is the headline: its own summary speaks for it first.
        var headlineArticle: Int
        var actors: [String]
        /// Key days: (timeline entry, affinity), best first.
        var days: [(entry: Int, affinity: Double)]
    }

    /// - Parameter headlines: each cluster's headline (`headlineAndArticle`), as its story has it.
    func write(_ clusters: [StoryClusterer.Cluster], headlines: [Headline], importance: StoryImportance) -> [CitedSentence] {
        let candidates = clusters.indices.map { candidate(clusters[$0], story: $0, headline: headlines[$0], importance: importance) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.story < $1.story }
        let index = Dictionary(articleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        var out: [CitedSentence] = []
        var usedDays = Set<Day>(), usedEntries = Set<Int>(), told: [Set<String>] = []
        var storyDays: [Int: Set<Day>] = [:]
        func add(_ c: Candidate, entries: ArraySlice<(entry: Int, affinity: Double)>, allowUndated: Bool) -> Bool {
            let members = clusters[c.story].members
            var texts: [String] = [], origins: [Int?] = [], speakers: [Int?] = []
            for d in entries where !usedEntries.contains(d.entry) && !usedDays.contains(timeline[d.entry].date) {
                texts.append(whole(timeline[d.entry], index: index)); origins.append(d.entry); speakers.append(nil)
            }
            if allowUndated {
                // The headline's own article first, so the lead tells what the headline names.
                let voices = [c.headlineArticle] + members.prefix(4).filter { $0 != c.headlineArticle }
                for a in voices {
                    for s in summaries[a].prefix(5) {
                        texts.append(LeadWriter.withoutConnective(s)); origins.append(nil); speakers.append(a)
                    }
                }
            }
            // A dated candidate (a key day's label) is preferred, as it says when; then the
            // story's central sentences. Within each, the one naming most actors that tells
            // nothing already told.
            // Undated by the timeline: the day its article was published.
            func day(_ i: Int) -> Day? { origins[i].map { timeline[$0].date } ?? speakers[i].flatMap { articleDays[$0] } }
            var chosen: Int?
            let pools = [texts.indices.filter { origins[$0] != nil }, texts.indices.filter { origins[$0] == nil }]
            for pool in pools where chosen == nil {
                // A second development of a story on a day already told is the same news again.
                var rest = pool.filter { i in day(i).map { !(storyDays[c.story]?.contains($0) ?? false) } ?? true }
                while chosen == nil, let i = LeadWriter.pick(rest.map { texts[$0] }, actors: c.actors) {
                    let stems = HeadlineChooser.contentStems(texts[rest[i]])
                    if told.contains(where: { LeadWriter.sameThing($0, stems) }) { rest.remove(at: i) } else { chosen = rest[i] }
                }
            }
            guard let index = chosen else { return false }
            let entry = origins[index]
            // The lead's own article cited first.
            let speaker = speakers[index]
            let date = day(index)
            let ordered = speaker.map { s in [s] + members.filter { $0 != s } } ?? members
            out.append(CitedSentence(text: TimelineLabel.clean(texts[index]), articles: cited(ordered, entry: entry),
                                     headline: c.headline, date: date))
            told.append(HeadlineChooser.contentStems(texts[index]))
            if let entry { usedEntries.insert(entry); usedDays.insert(timeline[entry].date) }
            if let date { storyDays[c.story, default: []].insert(date) }
            return true
        }
        var headlines: [Set<String>] = []
        for c in candidates where out.count < Self.maximum {
            let h = HeadlineChooser.contentStems(c.headline)
            if headlines.contains(where: { Summarizer.jaccard($0, h) >= Self.sameThing }) { continue }
            if add(c, entries: c.days.prefix(Self.daysPerStory), allowUndated: true) { headlines.append(h) }
        }
        // Few stories: the most important tell another development of their own, a round at a
        // time -- only another key day of theirs: another sentence of the same undated story
        // would tell the same news again under the same headline.
        for _ in 0..<Self.daysPerStory where out.count < Self.minimum {
            for c in candidates where out.count < Self.minimum {
                _ = add(c, entries: c.days.prefix(Self.daysPerStory + 2), allowUndated: false)
            }
        }
        return out
    }

    /// A timeline label as its sentence was written: labels are cut for the chart ("...
    /// exploded, killing 11…"), a lead is read whole. The sentence is looked up among those
    /// naming the day, then the summaries of its articles; the label stays when none holds it.
    func whole(_ entry: TimelineEntry, index: [String: Int]) -> String {
        guard entry.label.hasSuffix("\u{2026}") else { return entry.label }
        let head = String(entry.label.dropLast())
        for sentence in dateSentences[entry.date] ?? [] {
            let clean = TimelineLabel.clean(sentence)
            if clean.hasPrefix(head) { return clean }
        }
        for id in entry.articles {
            guard let a = index[id] else { continue }
            if let full = summaries[a].first(where: { TimelineLabel.clean($0).hasPrefix(head) }) { return full }
        }
        return entry.label
    }

    /// The articles behind a development: the story's members naming its day (or all its
    /// members), most central first.
    func cited(_ members: [Int], entry: Int?) -> [String] {
        guard let entry else { return members.prefix(Self.citedLimit).map { articleIDs[$0] } }
        let naming = Set(timeline[entry].articles)
        let own = members.filter { naming.contains(articleIDs[$0]) }
        return (own.isEmpty ? members : own).prefix(Self.citedLimit).map { articleIDs[$0] }
    }

    /// A story's headline and the member whose title (or lead) it is.
    typealias Headline = (text: String, article: Int)

    /// The headline of the story of `members` (most central first): the member title that best
    /// stands for it, else its central article's lead, shortened; and the member it comes from.
    func headlineAndArticle(_ members: [Int]) -> Headline {
        var words: [String: Int] = [:]
        for a in members.prefix(HeadlineChooser.considered) {
            for s in HeadlineChooser.contentStems(titles[a] + " " + (summaries[a].first ?? "")) { words[s, default: 0] += 1 }
        }
        if let chosen = HeadlineChooser.chooseWithIndex(members.map { titles[$0] }, storyWords: words) {
            return (chosen.text, members[chosen.index])
        }
        return (HeadlineChooser.shortened(summaries[members[0]].first ?? titles[members[0]]), members[0])
    }

    func candidate(_ cluster: StoryClusterer.Cluster, story: Int, headline: Headline,
                   importance: StoryImportance) -> Candidate {
        let members = cluster.members
        let days = keyDays(members, period: importance)
        let score = importance.score(members) + log1p(days.first?.affinity ?? 0)
        return Candidate(story: story, score: score, headline: headline.text, headlineArticle: headline.article,
                         actors: actors(members), days: days)
    }

    /// Timeline days by affinity: the day's weight times the share of its articles in the story.
    /// A day is a development only inside the publication period (with the timeline's margin)
    /// or when several articles recall it: without publication dates, one article's aside (a
    /// birth in 1951) would otherwise lead the briefing.
    /// Days after the last publication day are plans, not developments: they are what to watch.
    /// Without any publication date there is no period to tell news from background (the
    /// coverage of 2005 recalling 11 September 2001), so no day leads: each story is told by its
    /// central sentences, undated.
    func keyDays(_ members: [Int], period: StoryImportance) -> [(entry: Int, affinity: Double)] {
        guard period.first != nil else { return [] }
        let ids = Set(members.map { articleIDs[$0] })
        func inPeriod(_ day: Day) -> Bool {
            guard let first = period.first, let last = period.last else { return false }
            return day >= first.adding(days: -TimelineBuilder.periodMargin) && day <= last.adding(days: TimelineBuilder.periodMargin)
        }
        var out: [(entry: Int, affinity: Double)] = []
        for (i, e) in timeline.enumerated() where e.unit == .day && !e.articles.isEmpty
            && (inPeriod(e.date) || Set(e.articles).count >= TimelineBuilder.recalledBy)
            && period.last.map({ e.date <= $0 }) ?? true {
            let shared = e.articles.reduce(0) { $0 + (ids.contains($1) ? 1 : 0) }
            if shared > 0 { out.append((i, e.weight * Double(shared) / Double(e.articles.count))) }
        }
        return out.sorted { $0.affinity != $1.affinity ? $0.affinity > $1.affinity : $0.entry < $1.entry }
    }

    /// The story's main actors: the people its articles name most, then the organisations and
    /// places; three at most. Who acted is a person or a body more than a country named in
    /// passing ("the United States and Russia" name no one who met).
    func actors(_ members: [Int]) -> [String] {
        var count: [String: Int] = [:]
        for a in members { for p in participants[a].prefix(6) { count[p, default: 0] += 1 } }
        return count.sorted { a, b in
            let (pa, pb) = (people.contains(a.key), people.contains(b.key))
            if pa != pb { return pa }
            return a.value != b.value ? a.value > b.value : a.key < b.key
        }.prefix(3).map(\.key)
    }
}
