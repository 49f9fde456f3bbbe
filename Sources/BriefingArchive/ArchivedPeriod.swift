import BriefingModel

/// One build the archive remembers: its period, title and size (the model itself is read on
/// demand, see `BriefingArchive.model(of:)`).
public struct ArchivedPeriod: Hashable, Sendable {
    public var id: Int64
    public var first: Day?
    public var last: Day?
    public var title: String
    public var articles: Int
    /// The generation day of the build that recorded it.
    public var recorded: Day

    /// "2011-03-14 – 2011-03-20", or "undated".
    public var period: String {
        guard let first, let last else { return "undated" }
        return first == last ? "\(first)" : "\(first) – \(last)"
    }
}
