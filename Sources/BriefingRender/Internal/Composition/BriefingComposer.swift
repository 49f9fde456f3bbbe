import BriefingModel

/// Turns a `Briefing` into the flowables of the document: it only puts the sections in order
/// and adds the table of contents. Each section is a type of its own (`BriefingSection`) laid
/// out over one shared `CompositionContext`: cover, key developments (with what to watch),
/// since the last briefing, topics, topic-by-story coverage, timeline, participants and who
/// appears with whom, reactions (full detail only), stories, sources.
///
/// It only arranges what the analysis concluded; it never mines text. The section headings are
/// fixed strings (tests and readers look for them).
final class BriefingComposer {
    /// The sections of a brief briefing, in order; a full one adds "Reactions" before "Stories".
    static let sectionTitles = ["Key developments", "Topics", "Timeline", "Participants", "Stories", "Sources"]
    static let fullSectionTitles = ["Key developments", "Topics", "Timeline", "Participants", "Reactions",
                                    "Stories", "Sources"]

    let style: Style
    let text: TextContext
    /// Pages of headings and sections, known after pagination (table of contents, headers).
    let directory: PageDirectory

    init(style: Style, text: TextContext, directory: PageDirectory = PageDirectory()) {
        self.style = style
        self.text = text
        self.directory = directory
    }

    /// The sections in reading order. The order also numbers the citations: sources are
    /// numbered as first cited down the document.
    func sections(_ budget: SectionBudget) -> [any BriefingSection] {
        var sections: [any BriefingSection] = [CoverSection(), KeyDevelopmentsSection(), SinceLastSection(),
                                               TopicsSection(), CoverageSection(), TimelineSection(),
                                               ParticipantsSection(), PairsSection()]
        if budget.reactions { sections.append(ReactionsSection()) }
        sections += [StoriesSection(), SourcesSection()] as [any BriefingSection]
        return sections
    }

    /// - Parameter budget: what each section shows; the style's own budget when nil.
    func compose(_ briefing: Briefing, budget: SectionBudget? = nil) -> [any Flowable] {
        let context = CompositionContext(briefing: briefing, style: style, text: text, directory: directory,
                                         budget: budget)
        let flow = sections(context.budget).flatMap { $0.flowables(in: context) }
        return insertingContents(into: flow)
    }
}
