/// Fills one frame per page with flowables, in a pass of its own before anything is drawn, so
/// the page count is known when footers say "Page n of N".
///
/// Rules: spaces between flowables collapse to the larger one and vanish at the top of a page;
/// a flowable that does not fit is split, or moved to the next page; a `keepWithNext` flowable
/// moves with the start of the one after it; a flowable too tall for an empty page is
/// unpacked (`KeepTogether`) or, as a last resort, placed alone on its page.
struct Paginator {
    let frameX: Double
    let frameY: Double
    let frameWidth: Double
    let frameHeight: Double

    func paginate(_ flowables: [any Flowable]) -> [[PlacedFlowable]] {
        var pending = Array(flowables.reversed())
        var pages: [[PlacedFlowable]] = []
        var page: [PlacedFlowable] = []
        var used = 0.0
        var previousSpaceAfter = 0.0

        func newPage() {
            pages.append(page)
            page = []
            used = 0
            previousSpaceAfter = 0
        }

        while let flowable = pending.popLast() {
            let atTop = page.isEmpty
            if atTop && flowable.isDiscardableAtFrameTop { continue }
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
            if !flowable.keepWithNext, available > 0,
               let (head, tail) = flowable.split(availableHeight: available) {
                place(head, height: head.wrap(availableWidth: frameWidth))
                pending.append(tail)
                newPage()
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

    /// Whether what follows a keep-with-next flowable can start in the space left under it.
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
        return next.split(availableHeight: remaining) != nil
    }
}
