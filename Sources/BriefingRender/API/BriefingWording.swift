import BriefingModel

/// How the briefing words its facts (the period, the corpus, a day), public so the email digest
/// says exactly what the PDF's cover says.
public enum BriefingWording {
    /// The language every word the briefing adds is written in (BCP 47), declared in the PDF
    /// for screen readers and hyphenation in viewers.
    public static let language = "en"

    /// "3–9 March 2024", or "Undated sources".
    public static func period(_ corpus: Corpus) -> String { CoverSection.period(corpus) }

    /// "5 articles from 3 outlets", or "5 articles, outlets not stated".
    public static func corpusFacts(_ corpus: Corpus) -> String { CoverSection.corpusFacts(corpus) }

    /// "5 December 2024".
    public static func day(_ day: Day) -> String { DayFormat.long(day) }

    /// "5 Dec 2024".
    public static func shortDay(_ day: Day) -> String { DayFormat.medium(day) }
}
