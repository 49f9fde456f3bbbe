/// A day (or a month) that matters, with a one-line label and the articles behind it.
public struct TimelineEntry: Hashable, Sendable, Codable {
    /// How much time an entry stands for.
    ///
    /// Why: coverage often names a whole month ("in June", "June 2009") without a day; such an
    /// entry is kept at the unit the text gave, dated by the month's first day, and must never
    /// be drawn or read as that day.
    public enum Unit: String, Hashable, Sendable, Codable {
        case day, month
    }

    /// The day, or the first day of the month.
    public var date: Day
    public var label: String
    /// Importance: higher means the coverage refers to this day more. A month's weight is the
    /// share of it each of its days receives, so it is on the same scale as a day's.
    public var weight: Double
    public var articles: [String]
    /// `.day` unless the coverage named only the month.
    public var unit: Unit

    public init(date: Day, label: String, weight: Double, articles: [String], unit: Unit = .day) {
        self.date = date
        self.label = label
        self.weight = weight
        self.articles = articles
        self.unit = unit
    }

    enum CodingKeys: String, CodingKey {
        case date, label, weight, articles, unit
    }

    /// Timelines written before `unit` existed hold only days: a missing unit reads as `.day`.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(Day.self, forKey: .date)
        label = try c.decode(String.self, forKey: .label)
        weight = try c.decode(Double.self, forKey: .weight)
        articles = try c.decodeIfPresent([String].self, forKey: .articles) ?? []
        unit = try c.decodeIfPresent(Unit.self, forKey: .unit) ?? .day
    }
}
