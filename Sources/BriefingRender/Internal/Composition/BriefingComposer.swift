import BriefingModel

/// Turns a `Briefing` into the flowables of the document, section by section: cover, key
/// developments (with what to watch), topics, timeline, participants, reactions (full detail
/// only), stories, sources.
///
/// It is also the sections' shared context: styles, the page budget, citation numbers and name
/// links, and the building blocks (paragraphs, bullets, tables). Sections written as their own
/// types (`BriefingSection`: key developments, what to watch, stories, sources) lay themselves
/// out over it; the others are still extensions of it. It only arranges what the analysis
/// concluded; it never mines text. The section headings are fixed strings (tests and readers
/// look for them).
final class BriefingComposer {
    /// The sections of a brief briefing, in order; a full one adds "Reactions" before "Stories".
    static let sectionTitles = ["Key developments", "Topics", "Timeline", "Participants", "Stories", "Sources"]
    static let fullSectionTitles = ["Key developments", "Topics", "Timeline", "Participants", "Reactions",
                                    "Stories", "Sources"]

    let style: Style
    let text: TextContext
    let styles: TextStyles
    /// Soft hyphens for justified text; nil when no dictionary is installed or not justifying.
    let hyphenator: Hyphenator?
    /// Long lists are cut here with a note, so a huge corpus gives a readable briefing.
    /// What each section shows (`SectionBudget`): a page budget, or everything.
    let budget: SectionBudget
    /// Participants in the table (and linked from the text): the budget's, cut by `ListCut`.
    private(set) var participantLimit = 0
    var storyArticleLimit: Int { budget.storyArticles }

    private var citations = CitationIndex(articles: [])
    /// Participants shown in the table, found in running text and linked to their entry.
    private var names = NameLinker([])
    /// Pages of headings and sections, known after pagination (table of contents, headers).
    let directory: PageDirectory

    init(style: Style, text: TextContext, directory: PageDirectory = PageDirectory()) {
        self.style = style
        self.text = text
        self.directory = directory
        styles = TextStyles(style)
        budget = SectionBudget(style)
        hyphenator = style.justify ? Hyphenator() : nil
    }

    /// Running text for justified paragraphs, hyphenated, participants' names linked to their
    /// entry.
    func prose(_ plain: String) -> Markup {
        var m = Markup()
        names.append(plain, to: &m, hyphenator: hyphenator)
        return m
    }

    /// Text set ragged (quotes): names linked, nothing hyphenated.
    func linkingNames(_ plain: String) -> Markup {
        var m = Markup()
        names.append(plain, to: &m, hyphenator: nil)
        return m
    }

    func compose(_ briefing: Briefing) -> [any Flowable] {
        citations = CitationIndex(articles: briefing.articles, onFirstCitation: budget.citedSourcesOnly)
        participantLimit = ListCut.shown(briefing.participants.count, limit: budget.participants)
        names = NameLinker(briefing.participants.prefix(participantLimit).map {
            ($0.name, $0.aliases, Self.participantDestination($0.name))
        })
        var flow: [any Flowable] = []
        flow += cover(briefing)
        flow += KeyDevelopmentsSection().flowables(briefing, in: self)
        flow += SinceLastSection().flowables(briefing, in: self)
        flow += topics(briefing)
        flow += coverage(briefing)
        flow += timeline(briefing)
        flow += participants(briefing)
        if budget.reactions { flow += ReactionsSection().flowables(briefing, in: self) }
        flow += StoriesSection().flowables(briefing, in: self)
        flow += SourcesSection().flowables(briefing, in: self)
        return insertingContents(into: flow)
    }

    // MARK: Building blocks

    func paragraph(_ markup: Markup, _ style: ParagraphStyle) -> Paragraph {
        Paragraph(markup, style: style, text: text)
    }

    func paragraph(_ plain: String, _ style: ParagraphStyle) -> Paragraph {
        Paragraph(Markup(plain), style: style, text: text)
    }

    func heading1(_ title: String) -> Heading {
        Heading(title, level: 1, style: styles.heading1, text: text)
    }

    func heading2(_ title: String, inOutline: Bool = true) -> Heading {
        Heading(title, level: 2, style: styles.heading2, text: text, inOutline: inOutline)
    }

    func note(_ plain: String) -> Paragraph { paragraph(plain, styles.muted) }

    /// A note that introduces what follows (a table's explanation): never left at a page bottom
    /// without it.
    func caption(_ plain: String) -> Paragraph {
        let p = note(plain)
        p.keepWithNext = true
        return p
    }

    func table(_ columns: [TableContent.Column], _ rows: [[Markup]]) -> Table {
        let content = TableContent(columns: columns, rows: rows, headerFont: styles.tableHeaderFont,
                                   bodyFont: styles.tableBodyFont, padding: (4, 3), text: text)
        return Table(content: content, headerFill: style.accentColor.lightened(0.88),
                     ruleColor: style.ruleColor, textColor: style.textColor,
                     spaceBefore: 4, spaceAfter: style.paragraphSpacing * 2)
    }

    func bullets(_ items: [Markup], numbered: Bool = false, bodyStyle: ParagraphStyle? = nil,
                 anchors: [String?] = [], itemSpacing: Double = 3) -> BulletList {
        let markers: [String?] = items.indices.map { numbered ? "\($0 + 1)." : "•" }
        let body = bodyStyle ?? styles.listBody
        // Markers in the sans at the item's size: numbers line up without shouting.
        let markerFont = FontSpec(family: style.headingFont, size: body.font.size)
        return BulletList(markers: markers, bodies: items, bodyStyle: body,
                          markerFont: numbered ? markerFont : markerFont.asBold,
                          markerColor: numbered ? style.mutedColor : style.accentColor,
                          indent: numbered ? 26 : 14, itemSpacing: itemSpacing, text: text,
                          anchors: anchors)
    }

    /// " [1, 3]" after text, linked to the sources.
    /// `limit` numbers at most, then "…" (table cells take fewer: the count is in a column of
    /// its own, and a long list would make the row tall).
    func cite(_ ids: [String], into markup: inout Markup, leadingSpace: Bool = true, limit: Int = 12) {
        citations.appendCitation(of: ids, to: &markup, color: style.mutedColor, leadingSpace: leadingSpace,
                                 limit: min(limit, budget.citations))
    }

    func citationNumbers(_ ids: [String], limit: Int = .max) -> [Int] { citations.numbers(of: ids, limit: limit) }

    /// Article ids in the order of their numbers in the Sources list.
    var numberedArticles: [String] { citations.numbered }

    func articleCount(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }

    /// The period the sources cover, or "Undated sources".
    static func period(_ corpus: Corpus) -> String {
        guard let first = corpus.firstDay, let last = corpus.lastDay else { return "Undated sources" }
        return DayFormat.period(from: first, to: last)
    }
}
