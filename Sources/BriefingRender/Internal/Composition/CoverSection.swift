import BriefingModel

/// The top of the first page: kicker, title, the period the sources cover, the corpus in one
/// line (articles, outlets, undated, duplicates merged) with the generation day, and a rule.
struct CoverSection: BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable] {
        let b = context.briefing
        let c = b.corpus
        var facts = [Self.corpusFacts(c)]
        if c.undatedCount > 0 { facts.append("\(c.undatedCount) undated") }
        if c.duplicatesMerged > 0 {
            facts.append("\(c.duplicatesMerged) duplicate\(c.duplicatesMerged == 1 ? "" : "s") merged")
        }
        let generated = "Generated \(DayFormat.long(b.generated))"
        let styles = context.styles
        return [
            context.paragraph("MEDIA BRIEFING", styles.kicker),
            context.paragraph(b.title, styles.title),
            context.paragraph(Self.period(c), styles.subtitle),
            context.paragraph(facts.joined(separator: " · ") + "  ·  " + generated, styles.muted),
            Rule(thickness: 2, color: context.style.accentColor, fraction: 0.18, spaceBefore: 2, spaceAfter: 4),
        ]
    }

    /// "5 articles from 3 outlets", or "5 articles, outlets not stated" when no article names its
    /// outlet: "0 sources" would read as if there were no sources at all.
    static func corpusFacts(_ c: Corpus) -> String {
        let articles = c.articleCount == 1 ? "1 article" : "\(c.articleCount) articles"
        switch c.sourceCount {
        case 0: return articles + ", outlets not stated"
        case 1: return articles + " from 1 outlet"
        default: return articles + " from \(c.sourceCount) outlets"
        }
    }

    /// The period the sources cover, or "Undated sources".
    static func period(_ corpus: Corpus) -> String {
        guard let first = corpus.firstDay, let last = corpus.lastDay else { return "Undated sources" }
        return DayFormat.period(from: first, to: last)
    }
}
