import Testing
import BriefingModel
@testable import BriefingRender

@Suite("Timeline chart: axis ticks that fit, labels that never overlap")
struct TimelineChartTests {
    @Test func ticksFitTheSpan() {
        let first = Day(year: 2009, month: 6, day: 25)!
        for (days, maxTicks) in [(3, 8), (20, 8), (100, 8), (400, 8), (900, 6), (4000, 8)] {
            let axis = TimeAxis(first: first, last: first.adding(days: days), maxTicks: maxTicks)
            let ticks = axis.ticks
            #expect(!ticks.isEmpty && ticks.count <= maxTicks, "span \(days) days: \(ticks.count) ticks")
            for t in ticks { #expect(t.day >= first && t.day <= first.adding(days: days)) }
            #expect(Set(ticks.map(\.label)).count == ticks.count)
        }
    }

    @Test func labelsInOneRowNeverOverlapStayInsideAndNearTheirMarkers() {
        // Ten crowded labels, 80 points wide, markers 20 points apart, on a 400-point axis.
        let widths = Array(repeating: 80.0, count: 10)
        let anchors = (0..<10).map { Double($0) * 20 + 100 }
        let gap = 6.0
        let placed = LabelStacker(gap: gap).place(widths: widths, anchors: anchors, from: 0, to: 400)
        #expect(placed.count == 10)
        for i in placed.indices {
            #expect(placed[i].left >= 0 && placed[i].left + widths[i] <= 400)
            for j in placed.indices where i < j && placed[i].row == placed[j].row {
                #expect(placed[i].left + widths[i] + gap <= placed[j].left + 1e-9
                        || placed[j].left + widths[j] + gap <= placed[i].left + 1e-9)
            }
        }
        // Four 80-point labels fit in 400 points: three layers are enough, not ten.
        #expect(Set(placed.map(\.row)).count == 3)
    }

    @Test func aLoneLabelIsCentredOnItsMarkerUnlessAtTheEdge() {
        let stacker = LabelStacker(gap: 6)
        #expect(stacker.place(widths: [60], anchors: [200], from: 0, to: 400) == [.init(row: 0, left: 170)])
        #expect(stacker.place(widths: [60], anchors: [395], from: 0, to: 400) == [.init(row: 0, left: 340)])
        // Two labels wanting the same spot share it out evenly: the pair is centred on it.
        let two = stacker.place(widths: [60, 60], anchors: [200, 200], from: 0, to: 400)
        #expect(two.map(\.left) == [137, 203] && two.allSatisfy { $0.row == 0 })
    }
}
