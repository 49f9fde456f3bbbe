import BriefingModel

/// What every section of a briefing is laid out over: the model, the style and its paragraph
/// styles, the page budget, the citation numbers and name links, and the building blocks
/// (paragraphs, headings, bullets, tables).
///
/// Why one shared value: citations are numbered in document order across sections, a name in
/// one section links to its entry in another, and the page budget decides for all of them;
/// kept here once, each section (`BriefingSection`) only decides what it shows. A class,
/// because the citation numbers grow as the sections cite.
final class CompositionContext {
    let briefing: Briefing
    let style: Style
    let text: TextContext
    let styles: TextStyles
    /// Soft hyphens for justified text; nil when no dictionary is installed or not justifying.
    let hyphenator: Hyphenator?
    /// What each section shows (`SectionBudget`): a page budget, or everything. Long lists are
    /// cut with a note, so a huge corpus gives a readable briefing.
    let budget: SectionBudget
    /// Participants in the table (and linked from the text): the budget's, cut by `ListCut`.
    let participantLimit: Int
    var storyArticleLimit: Int { budget.storyArticles }
    /// Pages of headings and sections, known after pagination (table of contents, headers).
    let directory: PageDirectory

    private var citations: CitationIndex
    /// Participants shown in the table, found in running text and linked to their entry.
    private let names: NameLinker

    init(briefing: Briefing, style: Style, text: TextContext, directory: PageDirectory, budget: SectionBudget? = nil) {
        self.briefing = briefing
        self.style = style
        self.text = text
        self.directory = directory
        styles = TextStyles(style)
        self.budget = budget ?? SectionBudget(style)
        hyphenator = style.justify ? Hyphenator() : nil
        citations = CitationIndex(articles: briefing.articles, onFirstCitation: self.budget.citedSourcesOnly)
        participantLimit = ListCut.shown(briefing.participants.count, limit: self.budget.participants)
        names = NameLinker(briefing.participants.prefix(participantLimit).map {
            ($0.name, $0.aliases, ParticipantsSection.destination($0.name))
        })
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

    /// A name, linked to its entry in the participants table when the table shows it.
    func participantName(_ name: String, into markup: inout Markup, bold: Bool = false) {
        let (open, close) = bold ? ("<b>", "</b>") : ("", "")
        if briefing.participants.prefix(participantLimit).contains(where: { $0.name == name }) {
            markup.link(name, to: ParticipantsSection.destination(name), open: open, close: close)
        } else {
            markup.append(name, open: open, close: close)
        }
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
}
