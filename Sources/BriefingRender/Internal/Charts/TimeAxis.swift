import BriefingModel

/// Ticks for a span of days: daily, every 2 days, weekly (Mondays), fortnightly, monthly
/// (first of the month), quarterly, half-yearly, or every 1, 2, 5, 10... years, whichever is the finest whose
/// ticks, counted (not estimated), fit `maxTicks`.
struct TimeAxis {
    enum Step: CaseIterable { case day, twoDays, week, twoWeeks, month, quarter, halfYear, year }

    struct Tick: Equatable {
        let day: Day
        let label: String
    }

    let first: Day
    let last: Day
    private(set) var step: Step = .day
    /// Years between ticks when the step is `.year`.
    private(set) var years = 1

    init(first: Day, last: Day, maxTicks: Int) {
        self.first = first
        self.last = last
        let limit = max(maxTicks, 2)
        for candidate in Step.allCases where candidate != .year {
            step = candidate
            if ticks.count <= limit { return }
        }
        step = .year
        for multiple in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] {
            years = multiple
            if ticks.count <= limit { return }
        }
    }

    var ticks: [Tick] {
        var result: [Tick] = []
        var day = first
        switch step {
        case .day, .twoDays:
            result = dayTicks(from: day, stride: step == .day ? 1 : 2)
        case .week, .twoWeeks:
            // 1970-01-01 was a Thursday; Monday has (ordinal + 3) % 7 == 0.
            let offset = ((-(day.ordinal + 3)) % 7 + 7) % 7
            day = day.adding(days: offset)
            result = dayTicks(from: day, stride: step == .week ? 7 : 14)
        case .month, .quarter, .halfYear, .year:
            let months = step == .month ? 1 : step == .quarter ? 3 : step == .halfYear ? 6 : 12 * years
            var year = first.year
            var month = first.month
            // Align to a multiple of the step (quarters start in Jan/Apr/Jul/Oct).
            if months > 12 {
                month = 1
                year = (year + years - 1) / years * years
            } else {
                month = ((month - 1) / months) * months + 1
            }
            if let start = Day(year: year, month: month, day: 1), start < first {
                let next = year * 12 + month - 1 + months
                year = next / 12
                month = next % 12 + 1
            }
            while let tickDay = Day(year: year, month: month, day: 1), tickDay <= last {
                result.append(Tick(day: tickDay, label: step == .year ? String(year) : DayFormat.month(tickDay)))
                let next = year * 12 + month - 1 + months
                year = next / 12
                month = next % 12 + 1
            }
        }
        return result
    }

    /// Ticks every `stride` days from `start` to `last`, counted in ordinals: `Day.adding`
    /// stops at 9999-12-31, so stepping days could never pass a last day there.
    private func dayTicks(from start: Day, stride: Int) -> [Tick] {
        Swift.stride(from: start.ordinal, through: last.ordinal, by: stride).map { ordinal in
            let day = Day(ordinal: ordinal)
            return Tick(day: day, label: DayFormat.short(day))
        }
    }
}
