import BriefingModel
import BriefingSupport
import CCairo

/// Composes, paginates and draws a briefing. One instance per render: it owns the Pango
/// context, and the surface and cairo context live and die inside `renderPDF`.
final class DocumentRenderer {
    let style: Style
    let text = TextContext()
    /// Filled by `paginate`: heading pages and page sections, read while drawing.
    let directory = PageDirectory()

    init(style: Style) { self.style = style }

    /// The flowables of `briefing`, in reading order.
    func compose(_ briefing: Briefing, budget: SectionBudget? = nil) -> [any Flowable] {
        BriefingComposer(style: style, text: text, directory: directory).compose(briefing, budget: budget)
    }

    /// Most layouts tried to bring a brief briefing within its pages and its front page within
    /// page 1: the page budget takes one or two, the front page up to three more.
    static let fittingPasses = 8

    var frameWidth: Double { style.pageWidth - style.marginLeft - style.marginRight }

    /// The pages of `briefing`, laid out but not drawn.
    ///
    /// A brief briefing must fit its page budget (`layout.pages`) whatever the corpus: the
    /// budget's row counts fit most corpora, but long titles, many watch items or skipped files
    /// can run over. Then the lists are tightened step by step (`SectionBudget.tightened`) and
    /// the whole document laid out again -- contents, citation numbers and all -- until it fits
    /// or nothing more may be cut. Its front page must hold the key developments and what to
    /// watch: when they run onto page 2, the front page's lists lose a row and the document is
    /// laid out again (`SectionBudget.frontPageTightened`).
    func paginate(_ briefing: Briefing) -> [[PlacedFlowable]] {
        var budget = SectionBudget(style)
        var pages = layOut(briefing, budget: budget)
        var passes = 1
        while style.detail == .brief, passes < Self.fittingPasses, let tighter = tighter(budget, pages: pages) {
            budget = tighter
            pages = layOut(briefing, budget: budget)
            passes += 1
        }
        return pages
    }

    /// The next budget to try, nil when this layout fits (or nothing more may be cut).
    private func tighter(_ budget: SectionBudget, pages: [[PlacedFlowable]]) -> SectionBudget? {
        if pages.count > style.pageBudget, let tighter = budget.tightened() { return tighter }
        if let end = directory.page(ofMark: KeyDevelopmentsSection.frontPageEnd), end > 1 {
            return budget.frontPageTightened()
        }
        return nil
    }

    private func layOut(_ briefing: Briefing, budget: SectionBudget) -> [[PlacedFlowable]] {
        let flowables = compose(briefing, budget: budget)
        let s = style
        let paginator = Paginator(frameX: s.marginLeft, frameY: s.marginTop, frameWidth: frameWidth,
                                  frameHeight: s.pageHeight - s.marginTop - s.marginBottom)
        let pages = paginator.paginate(flowables)
        directory.record(pages)
        return pages
    }

    private func template(for briefing: Briefing) -> PageTemplate {
        PageTemplate(style: style, title: briefing.title, generated: DayFormat.long(briefing.generated),
                     directory: directory)
    }

    /// `observer` hears the layout's and the drawing's wall seconds, and each page drawn.
    func renderPDF(_ briefing: Briefing, to path: String, author: String?, observer: StageObserver = .silent) throws {
        let pages = observer.measure(.layout) { paginate(briefing) }
        observer.began(.render, pages.count)
        let drawingClock = StageClock()
        defer { observer.ended(.render, drawingClock.seconds) }
        let surface = try PDFSurface(path: path, width: style.pageWidth, height: style.pageHeight)
        setMetadata(of: surface, for: briefing, author: author)
        let drawing = DrawingContext(surface: surface.handle)
        let outline = DocumentOutline(surface: surface)
        let template = template(for: briefing)
        let figures = FigureTexts()
        // cairo 1.16 writes a damaged structure tree for link tags unless everything sits
        // inside one "Document" tag.
        drawing.tagBegin("Document", attributes: "")
        for (index, page) in pages.enumerated() {
            let canvas = PageCanvas(drawing: drawing, text: text, style: style, pageNumber: index + 1,
                                    outline: outline, tagsEnabled: true, figureTexts: figures)
            template.draw(on: canvas, pageCount: pages.count)
            for placed in page { placed.flowable.draw(on: canvas, x: placed.x, y: placed.y) }
            surface.setPageLabel(String(index + 1))
            drawing.showPage()
            observer.advanced(.render, 1)
        }
        drawing.tagEnd("Document")
        if let message = drawing.statusMessage { throw RenderError.cairo(path: path, reason: message) }
        try surface.finish(path: path)
        do {
            try PDFStructureUpdate(language: BriefingWording.language, figureTexts: figures.texts)
                .apply(toFileAt: path)
        } catch {
            throw RenderError.cairo(path: path, reason: "could not add the document language and figure texts: \(error)")
        }
    }

    /// Draws one page (1-based) into a PNG at `dpi`, with the same layout as the PDF.
    func renderPNG(_ briefing: Briefing, page: Int, to path: String, dpi: Double) throws {
        let pages = paginate(briefing)
        guard pages.indices.contains(page - 1) else {
            throw RenderError.noSuchPage(page: page, pageCount: pages.count)
        }
        let scale = dpi / 72
        let surface = try ImageSurface(width: Int((style.pageWidth * scale).rounded(.up)),
                                       height: Int((style.pageHeight * scale).rounded(.up)), path: path)
        let drawing = DrawingContext(surface: surface.handle)
        drawing.fillRect(x: 0, y: 0, width: style.pageWidth * scale, height: style.pageHeight * scale,
                         color: StyleColor(red: 1, green: 1, blue: 1))
        cairo_scale(drawing.handle, scale, scale)
        let canvas = PageCanvas(drawing: drawing, text: text, style: style, pageNumber: page,
                                outline: nil, tagsEnabled: false)
        template(for: briefing).draw(on: canvas, pageCount: pages.count)
        for placed in pages[page - 1] { placed.flowable.draw(on: canvas, x: placed.x, y: placed.y) }
        if let message = drawing.statusMessage { throw RenderError.cairo(path: path, reason: message) }
        try surface.writePNG(path: path)
    }

    private func setMetadata(of surface: PDFSurface, for b: Briefing, author: String?) {
        surface.set(.title, b.title)
        surface.set(.subject, "Media briefing on \(CoverSection.corpusFacts(b.corpus)) "
                    + "(\(CoverSection.period(b.corpus)))")
        let keywords = b.topics.sorted { $0.articles.count > $1.articles.count }.prefix(8).map(\.label)
        if !keywords.isEmpty { surface.set(.keywords, keywords.joined(separator: ", ")) }
        surface.set(.creator, "Briefing")
        if let author, !author.isEmpty { surface.set(.author, author) }
        surface.set(.createDate, "\(b.generated)T00:00:00Z")
    }
}
