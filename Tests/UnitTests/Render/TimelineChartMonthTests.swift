import BriefingModel
@testable import BriefingRender
import Foundation
import Testing

/// Months the coverage names as a whole, on the timeline chart: a bracket across the month's
/// days on the axis (never a marker on its first day), labelled clear of the days' labels, and
/// no change at all to a chart that has only days.
struct TimelineChartMonthTests {
    let text = TextContext()

    private func day(_ month: Int, _ day: Int) -> Day { Day(year: 2010, month: month, day: day)! }

    /// Articles every day from 20 May to 15 July 2010 and key days crowded around early June.
    private func chart(months: [TimelineChart.Month] = []) -> TimelineChart {
        let first = day(5, 20)
        let perDay = Dictionary(uniqueKeysWithValues: (0...56).map { (first.adding(days: $0), 1 + $0 % 5) })
        let events = [(5, 25), (5, 31), (6, 1), (6, 2), (6, 3), (6, 14), (7, 1), (7, 10)].map { m, d in
            TimelineChart.Event(day: day(m, d), label: "Officials described the events of the day at some length")
        }
        return TimelineChart(events: events, months: months, articlesPerDay: perDay, note: "", style: .default, text: text)
    }

    private func month(_ number: Int, _ label: String = "Coverage named the month as a whole") -> TimelineChart.Month {
        TimelineChart.Month(containing: day(number, 1), label: label)
    }

    @Test func aMonthRunsFromTheFirstToTheLastOfItsDaysAndNoFurther() throws {
        let (x, width) = (10.0, 480.0)
        let c = chart(months: [month(6)])
        let june = try #require(c.geometry(x: x, y: 20, width: width).months.first)
        func at(_ m: Int, _ d: Int) -> Double { c.xPosition(day(m, d), x: x, width: width) }
        #expect(june.left <= at(6, 1) && june.right >= at(6, 30))
        #expect(june.left > at(5, 31) && june.right < at(7, 1))
        #expect(!june.cutAtStart && !june.cutAtEnd)
        // Under the axis, where no day marker is.
        #expect(june.y > c.geometry(x: x, y: 20, width: width).axisY)
    }

    @Test func aMonthIsCutToTheAxisAndOneOffItIsLeftOut() throws {
        let (x, width) = (10.0, 480.0)
        // March is wholly before the axis (20 May to 15 July); May begins before it; June and
        // July follow each other.
        let c = chart(months: [month(7), month(3), month(5), month(6)])
        #expect(c.months.map(\.first) == [day(5, 1), day(6, 1), day(7, 1)])
        let marks = c.geometry(x: x, y: 0, width: width).months
        let may = marks[0], june = marks[1], july = marks[2]
        #expect(may.cutAtStart && !may.cutAtEnd)
        #expect(may.left >= x + c.gutter && may.left <= c.xPosition(day(5, 20), x: x, width: width))
        #expect(july.cutAtEnd && july.right <= x + width)
        // Neighbouring months stay apart.
        #expect(may.right < june.left && june.right < july.left)
    }

    @Test func monthLabelsKeepClearOfDayLabelsOfEachOtherAndOfTheAxis() {
        let (x, y, width) = (10.0, 20.0, 480.0)
        let long = "Coverage named the whole month again and again, with a long line about it"
        let c = chart(months: [month(5, long), month(6, long), month(7, long)])
        let g = c.geometry(x: x, y: y, width: width)
        let height = c.height(forWidth: width)
        let labels = g.dayLabels + g.months.map(\.label)
        #expect(labels.count == 11)
        for (i, a) in labels.enumerated() {
            #expect(a.left >= x && a.right <= x + width && a.top >= y && a.bottom <= y + height, "\(a) outside")
            for b in labels[(i + 1)...] { #expect(!a.overlaps(b), "\(a) overlaps \(b)") }
        }
        for mark in g.months {
            #expect(mark.label.top > mark.y && mark.label.top > g.axisY + c.axisLabelHeight)
        }
    }

    @Test func aChartWithOnlyDaysKeepsItsLayout() {
        let width = 480.0
        let days = chart()
        let both = chart(months: [month(6)])
        let (a, b) = (days.geometry(x: 0, y: 0, width: width), both.geometry(x: 0, y: 0, width: width))
        #expect(a.months.isEmpty && days.monthBandHeight(width: width) == 0)
        // Nothing under the axis's labels, as before months were drawn.
        #expect(days.height(forWidth: width) == a.axisY + days.axisLabelHeight)
        // Months add a band under the axis and move nothing above it.
        #expect(a.markers == b.markers && a.dayLabels == b.dayLabels && a.axisY == b.axisY && a.barsTop == b.barsTop)
        #expect(both.height(forWidth: width) == days.height(forWidth: width) + both.monthBandHeight(width: width))
        #expect(both.monthBandHeight(width: width) > 0)
        // A month off the axis changes nothing.
        #expect(chart(months: [month(2)]).height(forWidth: width) == days.height(forWidth: width))
    }

    @Test func theComposerGivesMonthEntriesAsSpansNeverAsDays() throws {
        var briefing = RenderFixture.briefing()
        let march = Day(year: 2024, month: 3, day: 1)!
        // Heavier than every day: as a day it would be the first marker chosen.
        briefing.timeline.append(TimelineEntry(date: march, label: "Negotiators met all month", weight: 100,
                                               articles: [briefing.articles[0].id], unit: .month))
        let flow = BriefingComposer(style: .default, text: text).compose(briefing)
        let chart = try #require(Self.charts(in: flow).compactMap { $0 as? TimelineChart }.first)
        #expect(!chart.events.contains { $0.day == march })
        #expect(chart.months.map(\.first) == [march] && chart.months.first?.last == Day(year: 2024, month: 3, day: 31))
    }

    private static func charts(in flow: [any Flowable]) -> [any Chart] {
        flow.flatMap { flowable -> [any Chart] in
            if let box = flowable as? ChartBox { return [box.chart] }
            if let group = flowable as? KeepTogether { return charts(in: group.children) }
            return []
        }
    }
}
