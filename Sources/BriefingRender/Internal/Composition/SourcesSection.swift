import Foundation
import BriefingModel

/// The last section: the articles, numbered as cited (all of them, or in a brief briefing only
/// those cited, with a count of the rest), then what could not be read.
struct SourcesSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        var flow: [any Flowable] = [context.heading1("Sources")]
        if b.articles.isEmpty { flow.append(context.note("No articles.")) }
        // A brief briefing lists the articles it cites, in the order of their numbers.
        let byID = Dictionary(b.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var listed = context.budget.citedSourcesOnly ? context.numberedArticles.compactMap { byID[$0] } : b.articles
        // One or two articles left uncited are listed too: a line counting them would take
        // their room (`ListCut`). They are numbered after the cited ones and cited nowhere.
        if ListCut.shown(b.articles.count, limit: listed.count) > listed.count {
            let cited = Set(listed.map(\.id))
            listed += b.articles.filter { !cited.contains($0.id) }
        }
        let items = listed.map { article -> Markup in
            var m = Markup()
            m.bold(Self.shortened(article.title))
            var facts: [String] = []
            if let source = article.source { facts.append(source) }
            facts.append(article.date.map(DayFormat.medium) ?? "undated")
            m.append(" — " + facts.joined(separator: ", "))
            if let url = article.url, !url.isEmpty {
                m.append("\n")
                m.link(url, toURL: url,
                       open: "<span font_family=\"\(Markup.escape(context.style.headingFont))\" foreground=\"\(context.style.mutedColor)\">",
                       close: "</span>")
            }
            return m
        }
        if !items.isEmpty {
            let anchors: [String?] = listed.indices.map { CitationIndex.destination($0 + 1) }
            let list = context.bullets(items, numbered: true, bodyStyle: context.styles.sourceItem, anchors: anchors, itemSpacing: 3)
            flow.append(context.style.sourceColumns > 1 ? Columns(list, count: context.style.sourceColumns, gap: 18) : list)
        }
        if listed.count < b.articles.count {
            let more = b.articles.count - listed.count
            flow.append(context.note(listed.isEmpty ? "\(context.articleCount(more)) analysed, none cited."
                                            : "And \(more.formatted()) more article\(more == 1 ? "" : "s") analysed."))
        }
        if !b.corpus.skipped.isEmpty {
            flow.append(context.heading2("Skipped files"))
            let shown = ListCut.prefix(b.corpus.skipped, limit: context.budget.skippedFiles)
            flow.append(context.bullets(shown.map { file in
                var m = Markup()
                m.bold(file.path)
                m.append(" — " + file.reason)
                return m
            }, bodyStyle: context.styles.sourceItem, itemSpacing: 2))
            let more = b.corpus.skipped.count - shown.count
            if more > 0 { flow.append(context.note("And \(more.formatted()) more, named in the run's messages.")) }
        }
        if !b.corpus.warnings.isEmpty {
            flow.append(context.heading2("Warnings"))
            flow.append(context.bullets(b.corpus.warnings.map { Markup($0) }, bodyStyle: context.styles.sourceItem,
                                itemSpacing: 2))
        }
        return flow
    }

    /// A title cut at a word boundary near `limit` characters, with "…": some readers take a
    /// plain-text article's whole first paragraph as its title.
    static func shortened(_ title: String, limit: Int = 160) -> String {
        guard title.count > limit else { return title }
        let head = title.prefix(limit)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
