import BriefingModel
@testable import BriefingRender
import Foundation
import Testing

/// A briefing of one or two days' timed news is drawn by the hour: the hour axis is chosen only
/// then, its ticks fit the width, its bars count the articles of each hour, and key days (dates
/// without an hour) are brackets across their day, never markers at a made-up hour.
@Suite("Timeline chart by the hour")
struct HourTimelineChartTests {
    let text = TextContext()
    static let day = Day(year: 2024, month: 12, day: 5)!

    /// An article on `day` plus `dayOffset` days, at `time` ("09:30"), or with no time.
    private static func article(_ id: Int, dayOffset: Int = 0, _ time: String?) -> ArticleDigest {
        ArticleDigest(id: "a\(id)", title: "Article \(id)", date: day.adding(days: dayOffset), source: nil, url: nil,
                      time: time.flatMap { TimeOfDay(text: $0) })
    }

    /// Forty articles between 06:00 and 23:00 on one day, busier around noon.
    private static var breakingDay: [ArticleDigest] {
        (0..<40).map { i in article(i, String(format: "%02d:%02d", 6 + (i * 7 % 18), i * 13 % 60)) }
    }

    @Test func theHourAxisIsChosenForOneOrTwoTimedDaysOnly() throws {
        let oneDay = try #require(PublicationHours(Self.breakingDay))
        #expect(oneDay.firstDay == Self.day && oneDay.lastDay == Self.day && oneDay.untimed == 0 && oneDay.timed == 40)
        let twoDays = (0..<6).map { Self.article($0, dayOffset: $0 % 2, "10:00") }
        #expect(PublicationHours(twoDays)?.dayCount == 2)
        // Three days of publishing: back to days.
        let threeDays = (0..<6).map { Self.article($0, dayOffset: $0 % 3, "10:00") }
        #expect(PublicationHours(threeDays) == nil)
        // One day, but most articles give only the day: the bars would hide most of them.
        let mostlyUntimed = (0..<8).map { Self.article($0, $0 < 3 ? "10:00" : nil) }
        #expect(PublicationHours(mostlyUntimed) == nil)
        let halfTimed = (0..<8).map { Self.article($0, $0 < 4 ? "10:00" : nil) }
        #expect(PublicationHours(halfTimed) == nil)
        let mostlyTimed = (0..<8).map { Self.article($0, $0 < 5 ? "10:00" : nil) }
        #expect(PublicationHours(mostlyTimed)?.untimed == 3)
        // Undated articles are not counted either way; with no dated article there is no axis.
        #expect(PublicationHours([ArticleDigest(id: "u", title: "U", date: nil, source: nil, url: nil)]) == nil)
        let withUndated = mostlyTimed + (0..<20).map { ArticleDigest(id: "u\($0)", title: "U", date: nil, source: nil, url: nil) }
        #expect(PublicationHours(withUndated) != nil)
    }

    @Test func barsCountTheArticlesOfEachHour() throws {
        let articles = [Self.article(1, "09:00"), Self.article(2, "09:59"), Self.article(3, "10:00"),
                        Self.article(4, dayOffset: 1, "01:30"), Self.article(5, nil)]
        let hours = try #require(PublicationHours(articles))
        #expect(hours.counts == [9: 2, 10: 1, 25: 1] && hours.untimed == 1)
        let chart = HourTimelineChart(hours: hours, keyDays: [], style: .default, text: text)
        let (x, width) = (10.0, 480.0)
        let g = chart.geometry(x: x, y: 0, width: width)
        let axis = chart.axis(width: width)
        #expect(g.bars.map(\.count) == [2, 1, 1])
        // Each bar stands inside its hour on the axis: 09:00 to 10:00 for the first.
        for (bar, hour) in zip(g.bars, [9, 10, 25]) {
            #expect(bar.centre > chart.xPosition(hour: Double(hour), axis: axis, x: x, width: width))
            #expect(bar.centre < chart.xPosition(hour: Double(hour + 1), axis: axis, x: x, width: width))
        }
    }

    @Test func anAxisCoversItsHoursFromTickToTickAndNamesTheDays() {
        let one = HourAxis(firstDay: Self.day, days: 1, firstHour: 6, lastHour: 22, step: 3)
        #expect(one.start == 6 && one.end == 24)
        #expect(one.ticks.map(\.label) == ["5 Dec 06:00", "09:00", "12:00", "15:00", "18:00", "21:00", "24:00"])
        let two = HourAxis(firstDay: Self.day, days: 2, firstHour: 17, lastHour: 44, step: 6)
        #expect(two.ticks.map(\.label) == ["5 Dec 12:00", "18:00", "6 Dec", "06:00", "12:00", "18:00", "24:00"])
        let fromMidnight = HourAxis(firstDay: Self.day, days: 1, firstHour: 0, lastHour: 23, step: 12)
        #expect(fromMidnight.ticks.map(\.label) == ["5 Dec", "12:00", "24:00"])
        // A burst within one hour still gets a readable stretch of axis, within its day.
        let burst = HourAxis(firstDay: Self.day, days: 1, firstHour: 22, lastHour: 22, step: 1)
        #expect(burst.end == 24 && burst.end - burst.start == HourAxis.minimumHours)
    }

    @Test(arguments: [240.0, 320.0, 400.0, 480.0, 640.0])
    func tickLabelsFitTheWidthWithoutOverlapping(width: Double) throws {
        let twoDays = (0..<30).map { i -> ArticleDigest in
            let hour: Int = i < 12 ? 17 + i % 7 : i % 21
            return Self.article(i, dayOffset: i < 12 ? 0 : 1, String(format: "%02d:15", hour))
        }
        for articles in [Self.breakingDay, twoDays] {
            let chart = HourTimelineChart(hours: try #require(PublicationHours(articles)), keyDays: [], style: .default, text: text)
            let x = 30.0
            let g = chart.geometry(x: x, y: 0, width: width)
            let boxes = g.tickLabels.compactMap { $0 }
            #expect(boxes.count == g.ticks.count, "width \(width): a tick label was dropped")
            #expect(g.ticks.count >= 3)
            for (a, b) in zip(boxes, boxes.dropFirst()) { #expect(a.right + 4 < b.left, "width \(width): \(a) \(b)") }
            #expect(boxes.allSatisfy { $0.left >= x && $0.right <= x + width })
            // The first tick names its day.
            #expect(g.ticks.first?.label.hasPrefix("5 Dec") == true)
            // The finest step that fits: the next finer one would crowd its labels.
            let axis = chart.axis(width: width)
            if let finer = HourAxis.steps.last(where: { $0 < axis.step }) {
                let hours = chart.hours
                let crowded = HourAxis(firstDay: hours.firstDay, days: hours.dayCount, firstHour: hours.firstHour,
                                       lastHour: hours.lastHour, step: finer)
                let finerBoxes = chart.tickMarks(crowded, x: 0, width: width)
                    .labelBoxes(text: text, font: chart.small, x: 0, width: width, axisY: 0, gap: chart.tickLabelGap)
                #expect(finerBoxes.contains { $0 == nil }, "width \(width): step \(finer) would fit too")
            }
        }
        // More room, finer ticks.
        let one = try #require(PublicationHours(Self.breakingDay))
        let narrow = HourTimelineChart(hours: one, keyDays: [], style: .default, text: text).axis(width: 240).step
        let wide = HourTimelineChart(hours: one, keyDays: [], style: .default, text: text).axis(width: 640).step
        #expect(wide < narrow)
    }

    @Test func keyDaysAreBracketsAcrossTheirHoursNeverMarkers() throws {
        // From 14:10 on the first day to 23:10 on the second.
        let articles = (0..<20).map { i -> ArticleDigest in
            let hour: Int = i < 8 ? 14 + i : (i - 8) * 2 + 1
            return Self.article(i, dayOffset: i < 8 ? 0 : 1, String(format: "%02d:10", hour))
        }
        let hours = try #require(PublicationHours(articles))
        let label = "Officials described the events of the day at some length to the press"
        let keyDays = [HourTimelineChart.KeyDay(day: Self.day.adding(days: 1), label: label),
                       HourTimelineChart.KeyDay(day: Self.day, label: label),
                       HourTimelineChart.KeyDay(day: Self.day.adding(days: -3), label: "Off the axis")]
        let chart = HourTimelineChart(hours: hours, keyDays: keyDays, style: .default, text: text)
        #expect(chart.keyDays.map(\.day) == [Self.day, Self.day.adding(days: 1)])
        let (x, y, width) = (10.0, 20.0, 480.0)
        let g = chart.geometry(x: x, y: y, width: width)
        let axis = chart.axis(width: width)
        func at(_ hour: Int) -> Double { chart.xPosition(hour: Double(hour), axis: axis, x: x, width: width) }
        let (first, second) = (g.days[0], g.days[1])
        // The first day runs from the axis's start (after its midnight: drawn open) to midnight;
        // the second from midnight to its end at 24:00 (closed).
        #expect(axis.start > 0 && first.cutAtStart && !first.cutAtEnd)
        #expect(first.left <= at(axis.start) + 1 && first.right <= at(24) && first.right > at(23))
        #expect(second.left >= at(24) && second.left < at(25) && abs(second.right - (at(48) - 1)) < 1e-9 && !second.cutAtStart && !second.cutAtEnd)
        // Under the axis's labels; labels clear of each other, of the tick labels, inside the chart.
        let height = chart.height(forWidth: width)
        let labels = g.days.map(\.label)
        for mark in g.days { #expect(mark.y > g.axisY + chart.axisLabelHeight - 1e-9 && mark.label.top > mark.y) }
        for (i, a) in labels.enumerated() {
            #expect(a.left >= x && a.right <= x + width && a.bottom <= y + height + 1e-9, "\(a) outside")
            for b in labels[(i + 1)...] { #expect(!a.overlaps(b)) }
            for tick in g.tickLabels.compactMap({ $0 }) { #expect(!a.overlaps(tick)) }
        }
        #expect(HourTimelineChart.labelText(chart.keyDays[0], limit: 90).hasPrefix("5 Dec (whole day): "))
    }

    @Test func theComposerDrawsByTheHourOnlyForShortTimedCoverage() throws {
        var briefing = RenderFixture.briefing(articleCount: 24)
        // As the fixture is: twelve days of articles, no times.
        #expect(try Self.timelineCharts(briefing) == ["TimelineChart"])
        // All on the first day, with times: by the hour, with that day's entry as a key day.
        let start = try #require(briefing.articles.compactMap(\.date).min())
        for i in briefing.articles.indices where briefing.articles[i].date != nil {
            briefing.articles[i].date = start
            briefing.articles[i].time = TimeOfDay(hour: 6 + i % 17, minute: 5)
        }
        #expect(try Self.timelineCharts(briefing) == ["HourTimelineChart"])
        let chart = try #require(Self.charts(BriefingComposer(style: .default, text: text).compose(briefing))
            .compactMap { $0 as? HourTimelineChart }.first)
        #expect(chart.keyDays.map(\.day) == [start] && chart.hours.timed == briefing.articles.filter { $0.date != nil }.count)
        // The same day without times: days again.
        for i in briefing.articles.indices { briefing.articles[i].time = nil }
        #expect(try Self.timelineCharts(briefing) == ["TimelineChart"])
    }

    private static func timelineCharts(_ briefing: Briefing) throws -> [String] {
        charts(BriefingComposer(style: .default, text: TextContext()).compose(briefing)).compactMap { chart in
            chart is HourTimelineChart ? "HourTimelineChart" : chart is TimelineChart ? "TimelineChart" : nil
        }
    }

    private static func charts(_ flow: [any Flowable]) -> [any Chart] {
        flow.flatMap { flowable -> [any Chart] in
            if let box = flowable as? ChartBox { return [box.chart] }
            if let group = flowable as? KeepTogether { return charts(group.children) }
            return []
        }
    }
}
