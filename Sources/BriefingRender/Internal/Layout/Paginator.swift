/// Fills one frame per page with flowables, in a pass of its own before anything is drawn, so
/// the page count is known when footers say "Page n of N".
///
/// Rules: spaces between flowables collapse to the larger one and vanish at the top of a page;
/// a flowable that does not fit is split (a short table or list only when taller than a page),
/// or moved to the next page; a `keepWithNext` flowable
/// moves with the start of the one after it; a flowable too tall for an empty page is
/// unpacked (`KeepTogether`) or, as a last resort, placed alone on its page.
///
/// Floats (charts) that do not fit where they fall wait for the top of the next page while the
/// flowables after them fill the rest of this one, as figures do in books: otherwise a chart
/// (and the heading kept with it) would leave a blank band of up to a third of a page. A float
/// never passes a heading, so every section keeps its own figures.
struct Paginator {
    let frameX: Double
    let frameY: Double
    let frameWidth: Double
    let frameHeight: Double

    /// A float waits only when at least this share of the frame would otherwise stay empty:
    /// a smaller gap is not worth putting the figure after the text that follows it.
    static let floatBand = 0.15

    func paginate(_ flowables: [any Flowable]) -> [[PlacedFlowable]] {
        var pending = Array(flowables.reversed())
        var pages: [[PlacedFlowable]] = []
        var page: [PlacedFlowable] = []
        var used = 0.0
        var previousSpaceAfter = 0.0
        /// Floats waiting for the next page, in reading order.
        var deferred: [any Flowable] = []

        func newPage() {
            pages.append(page)
            page = []
            used = 0
            previousSpaceAfter = 0
            pending.append(contentsOf: deferred.reversed())
            deferred = []
        }

        while true {
            if pending.isEmpty {
                guard !deferred.isEmpty else { break }
                newPage()
            }
            let flowable = pending.removeLast()
            let atTop = page.isEmpty
            if atTop && flowable.isDiscardableAtFrameTop { continue }
            // Waiting figures go before the next heading: start a page for them.
            if !deferred.isEmpty, flowable is Heading || flowable.isFloat {
                pending.append(flowable)
                newPage()
                continue
            }
            let height = flowable.wrap(availableWidth: frameWidth)
            let gap = atTop ? 0 : max(previousSpaceAfter, flowable.spaceBefore)
            let available = frameHeight - used - gap

            func place(_ f: any Flowable, height: Double) {
                page.append(PlacedFlowable(flowable: f, x: frameX, y: frameY + used + gap))
                used += gap + height
                previousSpaceAfter = f.spaceAfter
            }

            if height <= available + 0.01 {
                if atTop || followerFits(after: flowable, height: height, available: available, pending: pending) {
                    place(flowable, height: height)
                } else {
                    pending.append(flowable)
                    newPage()
                }
                continue
            }
            if !flowable.keepWithNext, available > 0, atTop || !flowable.staysWhole,
               let (head, tail) = flowable.split(availableHeight: available) {
                place(head, height: head.wrap(availableWidth: frameWidth))
                if flowable is Table {
                    // A figure waiting for the next page goes after the table's rest, so a
                    // table is never cut in two by a chart of its own section.
                    pending.append(contentsOf: deferred.reversed())
                    deferred = []
                }
                pending.append(tail)
                newPage()
                continue
            }
            if !atTop, mayWait(flowable, available: available, pending: pending) {
                deferred.append(flowable)
                continue
            }
            if atTop {
                if let parts = flowable.unpacked() {
                    pending.append(contentsOf: parts.reversed())
                } else {
                    place(flowable, height: height)
                    newPage()
                }
                continue
            }
            pending.append(flowable)
            newPage()
        }
        if !page.isEmpty || pages.isEmpty { pages.append(page) }
        return pages
    }

    /// Whether a float that does not fit in `available` should wait for the next page: the gap
    /// is large, and what follows it is text of the same section that can fill the gap.
    private func mayWait(_ flowable: any Flowable, available: Double, pending: [any Flowable]) -> Bool {
        guard flowable.isFloat, available >= frameHeight * Self.floatBand, let next = pending.last else {
            return false
        }
        return !(next is Heading) && !next.isFloat
    }

    /// Whether what follows a keep-with-next flowable can start in the space left under it.
    /// A float that would wait is skipped: the flowable after it is the one that follows.
    private func followerFits(after flowable: any Flowable, height: Double, available: Double,
                              pending: [any Flowable]) -> Bool {
        guard flowable.keepWithNext, let next = pending.last else { return true }
        let nextHeight = next.wrap(availableWidth: frameWidth)
        let remaining = available - height - max(flowable.spaceAfter, next.spaceBefore)
        if nextHeight <= remaining + 0.01 {
            return followerFits(after: next, height: nextHeight, available: remaining,
                                pending: Array(pending.dropLast()))
        }
        guard remaining > 0, !next.keepWithNext else { return false }
        if !next.staysWhole, next.split(availableHeight: remaining) != nil { return true }
        let rest = Array(pending.dropLast())
        guard mayWait(next, available: remaining, pending: rest) else { return false }
        return followerFits(after: flowable, height: height, available: available, pending: rest)
    }
}
