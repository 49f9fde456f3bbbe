@testable import BriefingRender
import Testing

struct NiceScaleTests {
    @Test func countsGetRoundTicksFromZero() {
        let scale = NiceScale(lower: 0, upper: 18, maxTicks: 5, integers: true)
        #expect(scale.ticks == [0, 5, 10, 15, 20])
        #expect(scale.spacing == 5)
        // Heckbert's loose labels: 23 in at most 6 ticks rounds out to 30 in steps of 10.
        #expect(NiceScale(lower: 0, upper: 23, maxTicks: 6, integers: true).ticks == [0, 10, 20, 30])
    }

    @Test(arguments: [(0.0, 7.0), (0, 12), (0, 97), (0, 1234), (3, 88), (0, 0.73), (-17, 42)])
    func ticksAreOneTwoOrFiveTimesAPowerOfTen(lower: Double, upper: Double) {
        let scale = NiceScale(lower: lower, upper: upper, maxTicks: 6)
        #expect(scale.lower <= lower && scale.upper >= upper)
        let power = pow10(floorLog10(scale.spacing))
        let mantissa = (scale.spacing / power * 1000).rounded() / 1000
        #expect([1, 2, 5, 10].contains(mantissa), "spacing \(scale.spacing)")
        for tick in scale.ticks {
            let steps = tick / scale.spacing
            #expect(abs(steps - steps.rounded()) < 1e-9, "tick \(tick) is not a multiple of \(scale.spacing)")
        }
        #expect(scale.ticks.count <= 8)
    }

    @Test func emptyOrFlatDataStillGivesAnAxis() {
        #expect(NiceScale(lower: 0, upper: 0, integers: true).ticks == [0, 1])
        let flat = NiceScale(lower: 4, upper: 4, maxTicks: 5, integers: true)
        #expect(flat.lower == 0 && flat.upper >= 4)
    }

    @Test func integerScalesNeverStepBelowOne() {
        let scale = NiceScale(lower: 0, upper: 3, maxTicks: 10, integers: true)
        #expect(scale.ticks == [0, 1, 2, 3])
    }

    @Test func niceNumbers() {
        #expect(NiceScale.niceNumber(0.23, round: true) == 0.2)
        #expect(NiceScale.niceNumber(34, round: true) == 50)
        #expect(NiceScale.niceNumber(34, round: false) == 50)
        #expect(NiceScale.niceNumber(12, round: false) == 20)
        #expect(NiceScale.niceNumber(700, round: true) == 1000)
        #expect(NiceScale.label(2.5) == "2.5")
        #expect(NiceScale.label(20) == "20")
    }

    private func floorLog10(_ x: Double) -> Double { (log10(x)).rounded(.down) }
    private func pow10(_ e: Double) -> Double { pow(10, e) }
}

import Foundation
