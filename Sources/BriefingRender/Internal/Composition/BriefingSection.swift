/// One section of the briefing, laid out over the shared context: the model, the styles,
/// citation numbers, name links and building blocks (paragraphs, bullets, tables).
///
/// Why a type per section: each section decides only what it shows and how; what they share
/// (numbering citations in document order, linking names, the page budget) lives once in the
/// context. A new section is a new type added to `BriefingComposer.sections`.
protocol BriefingSection {
    func flowables(in context: CompositionContext) -> [any Flowable]
}
