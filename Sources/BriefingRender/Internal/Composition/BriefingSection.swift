import BriefingModel

/// One section of the briefing, laid out over the shared context: the composer's styles,
/// citation numbers, name links and building blocks (paragraphs, bullets, tables).
///
/// Why a type per section: each section decides only what it shows and how; what they share
/// (numbering citations in document order, linking names, the page budget) lives once in the
/// context. A new section is a new type added to `BriefingComposer.compose`.
protocol BriefingSection {
    func flowables(_ b: Briefing, in context: BriefingComposer) -> [any Flowable]
}
