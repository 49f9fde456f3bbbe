import BriefingModel

/// Ticks for a span of days: daily, every 2 days, weekly (Mondays), fortnightly, monthly
/// (first of the month), quarterly or yearly, whichever is the finest that fits `maxTicks`.
struct TimeAxis {
    enum Step: CaseIterable { case day, twoDays, week, twoWeeks, month, quarter, year }

    struct Tick: Equatable {
        let day: Day
        let label: String
    }

    let first: Day
    let last: Day
    let step: Step

    init(first: Day, last: Day, maxTicks: Int) {
        self.first = first
        self.last = last
        let span = max(last.ordinal - first.ordinal, 1)
        let approximateDays: [Step: Int] = [.day: 1, .twoDays: 2, .week: 7, .twoWeeks: 14,
                                            .month: 30, .quarter: 91, .year: 365]
        step = Step.allCases.first { span / approximateDays[$0]! + 1 <= max(maxTicks, 2) } ?? .year
    }

    var ticks: [Tick] {
        var result: [Tick] = []
        var day = first
        switch step {
        case .day, .twoDays:
            let stride = step == .day ? 1 : 2
            while day <= last {
                result.append(Tick(day: day, label: DayFormat.short(day)))
                day = day.adding(days: stride)
            }
        case .week, .twoWeeks:
            // 1970-01-01 was a Thursday; Monday has (ordinal + 3) % 7 == 0.
            let offset = ((-(day.ordinal + 3)) % 7 + 7) % 7
            day = day.adding(days: offset)
            let stride = step == .week ? 7 : 14
            while day <= last {
                result.append(Tick(day: day, label: DayFormat.short(day)))
                day = day.adding(days: stride)
            }
        case .month, .quarter, .year:
            let months = step == .month ? 1 : step == .quarter ? 3 : 12
            var year = first.year
            var month = first.month
            // Align to a multiple of the step (quarters start in Jan/Apr/Jul/Oct).
            month = ((month - 1) / months) * months + 1
            if let start = Day(year: year, month: month, day: 1), start < first {
                month += months
                if month > 12 { month -= 12; year += 1 }
            }
            while let tickDay = Day(year: year, month: month, day: 1), tickDay <= last {
                result.append(Tick(day: tickDay, label: step == .year ? String(year) : DayFormat.month(tickDay)))
                month += months
                if month > 12 { month -= 12; year += 1 }
            }
        }
        return result
    }
}
