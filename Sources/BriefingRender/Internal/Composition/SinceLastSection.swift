import BriefingModel

/// "Since the last briefing": what is new, what continues, which topics rose and faded (each
/// with a small trend mark), who appeared for the first time, and what ended -- against the
/// previous briefing of the series. Absent when there is nothing to compare with.
///
/// Why one short list: a reader of a weekly series looks first for what is new; the stories
/// themselves follow in full elsewhere, so each line names and cites, and no more.
struct SinceLastSection: BriefingSection {
    static let title = "Since the last briefing"

    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        guard let changes = b.changes else { return [] }
        let shown = context.budget.changes
        var items: [Markup] = []
        func item(_ label: String, _ body: (inout Markup) -> Void) {
            var m = Markup()
            m.bold(label + ": ")
            body(&m)
            items.append(m)
        }
        if !changes.newStories.isEmpty {
            item("New") { m in stories(changes.newStories.prefix(shown).map { ($0.title, $0.articles) }, into: &m, context) }
        }
        if !changes.continuingStories.isEmpty {
            item("Continuing") { m in
                stories(changes.continuingStories.prefix(shown).map { ($0.title, $0.articles) }, into: &m, context)
            }
        }
        if !changes.risingTopics.isEmpty {
            item("Rising") { m in m.append(Self.trends(changes.risingTopics.prefix(shown))) }
        }
        if !changes.fadingTopics.isEmpty {
            item("Fading") { m in m.append(Self.trends(changes.fadingTopics.prefix(shown))) }
        }
        let people = changes.newParticipants.filter { $0.kind != .other && $0.articles.count >= 2 }
        if !people.isEmpty {
            item("First seen") { m in m = m + context.linkingNames(people.prefix(shown * 2).map(\.name).joined(separator: ", ")) }
        }
        if !changes.endedStories.isEmpty {
            item("No longer covered") { m in m.append(changes.endedStories.prefix(shown).map(\.title).joined(separator: "; ")) }
        }
        var flow: [any Flowable] = [context.heading1(Self.title), context.note(Self.comparedWith(changes))]
        if items.isEmpty { flow.append(context.note("Nothing new, continuing or changing was found.")) }
        else { flow.append(context.bullets(items, itemSpacing: 3)) }
        return flow
    }

    /// "Compared with 1–6 June 2010 (19 articles); 28 articles now, 3 already briefed."
    static func comparedWith(_ c: BriefingChanges) -> String {
        let period = c.previousPeriod.first.flatMap { first in c.previousPeriod.last.map { DayFormat.period(from: first, to: $0) } }
            ?? "an undated briefing"
        var line = "Compared with \(period) (\(c.volume.previousArticles) articles); \(c.volume.articles) articles now"
        if !c.seenArticles.isEmpty { line += ", \(c.seenArticles.count) of them already briefed" }
        return line + "."
    }

    private func stories(_ list: [(title: String, articles: [String])], into m: inout Markup, _ context: CompositionContext) {
        for (index, story) in list.enumerated() {
            if index > 0 { m.append("; ") }
            m = m + context.prose(story.title)
            context.cite(story.articles, into: &m, limit: 2)
        }
    }

    /// "oil spill 9 → 20 ▃█, BP shares 0 → 6 ▁█": counts before and now, and a sparkline of
    /// the periods the archive holds.
    static func trends(_ topics: ArraySlice<BriefingChanges.TopicTrend>) -> String {
        topics.map { "\($0.label) \($0.before) → \($0.now) \(sparkline($0.trend))" }.joined(separator: ", ")
    }

    /// Block characters from lowest to highest, one per period.
    static func sparkline(_ counts: [Int]) -> String {
        let marks = Array("▁▂▃▄▅▆▇█")
        let top = max(counts.max() ?? 0, 1)
        return String(counts.map { marks[min(marks.count - 1, $0 * (marks.count - 1) / top)] })
    }
}
