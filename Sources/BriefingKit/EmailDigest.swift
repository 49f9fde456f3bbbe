import BriefingModel
import BriefingRender

/// The briefing as plain text for an email body: the cover facts, the key developments
/// (headline, date, lead) with their citations, what to watch, the main topics and dates, and the numbered sources the citations point to.
/// Lines are wrapped at 72 characters, as mail readers expect.
public enum EmailDigest {
    public static func text(for b: Briefing, attachmentName: String? = nil) -> String {
        var out: [String] = [b.title, BriefingWording.period(b.corpus) + " · " + BriefingWording.corpusFacts(b.corpus),
                             "Generated " + BriefingWording.day(b.generated), ""]
        var numbers: [String: Int] = [:]
        for (index, article) in b.articles.enumerated() where numbers[article.id] == nil {
            numbers[article.id] = index + 1
        }
        func citation(_ ids: [String]) -> String {
            let found = Array(Set(ids.compactMap { numbers[$0] })).sorted()
            return found.isEmpty ? "" : " [" + found.prefix(12).map(String.init).joined(separator: ", ") + "]"
        }

        if let changes = b.changes { out += sinceLast(changes, citation: citation) + [""] }
        out.append("KEY DEVELOPMENTS (EXECUTIVE SUMMARY)")
        if b.executiveSummary.isEmpty { out.append("No summary could be drawn from the sources.") }
        for item in b.executiveSummary {
            if let headline = item.headline, !headline.isEmpty {
                let date = item.date.map { BriefingWording.shortDay($0) + ": " } ?? ""
                out += wrap("- " + date + headline, indent: "  ")
                out += wrap(item.text + citation(item.articles), width: 70, indent: "").map { "  " + $0 }
            } else {
                out += wrap("- " + item.text + citation(item.articles), indent: "  ")
            }
        }
        if !b.watch.isEmpty {
            out += ["", "WHAT TO WATCH"]
            for item in b.watch {
                out += wrap("- " + BriefingWording.shortDay(item.date) + ": " + item.text + citation(item.articles), indent: "  ")
            }
        }
        if !b.topics.isEmpty {
            out += ["", "MAIN TOPICS"]
            let top = b.topics.sorted { ($0.articles.count, $0.mentions) > ($1.articles.count, $1.mentions) }.prefix(8)
            for topic in top {
                let count = Set(topic.articles).count
                out += wrap("- \(topic.label) (\(count) article\(count == 1 ? "" : "s"))", indent: "  ")
            }
        }
        if !b.timeline.isEmpty {
            out += ["", "KEY DATES"]
            for entry in b.timeline.sorted(by: { $0.weight > $1.weight }).prefix(8).sorted(by: { $0.date < $1.date }) {
                out += wrap("- " + BriefingWording.shortDay(entry.date) + ": " + entry.label + citation(entry.articles),
                            indent: "  ")
            }
        }
        out += ["", "SOURCES"]
        for (index, article) in b.articles.enumerated() {
            var facts: [String] = []
            if let source = article.source { facts.append(source) }
            facts.append(article.date.map(BriefingWording.shortDay) ?? "undated")
            out += wrap("[\(index + 1)] " + article.title + " — " + facts.joined(separator: ", "), indent: "    ")
            if let url = article.url, !url.isEmpty { out.append("    " + url) }
        }
        if let attachmentName {
            out += ["", "The full briefing, with charts, is attached as \(attachmentName)."]
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap; words longer than a line (URLs) stay whole.
    /// What changed since the last briefing, first in a series' digest: what is new leads.
    static func sinceLast(_ c: BriefingChanges, citation: ([String]) -> String) -> [String] {
        var out = ["SINCE THE LAST BRIEFING (\(c.volume.articles) articles now, \(c.volume.previousArticles) before)"]
        for story in c.newStories.prefix(5) { out += wrap("- New: " + story.title + citation(story.articles), indent: "  ") }
        for story in c.continuingStories.prefix(5) {
            out += wrap("- Continuing: " + story.title + citation(story.articles), indent: "  ")
        }
        for topic in c.risingTopics.prefix(3) { out += wrap("- Rising: \(topic.label) \(topic.before) -> \(topic.now)", indent: "  ") }
        for topic in c.fadingTopics.prefix(3) { out += wrap("- Fading: \(topic.label) \(topic.before) -> \(topic.now)", indent: "  ") }
        let people = c.newParticipants.filter { $0.kind != .other && $0.articles.count >= 2 }.prefix(6).map(\.name)
        if !people.isEmpty { out += wrap("- First seen: " + people.joined(separator: ", "), indent: "  ") }
        return out
    }

    static func wrap(_ text: String, width: Int = 72, indent: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = (lines.isEmpty ? "" : indent) + word
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = indent + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
