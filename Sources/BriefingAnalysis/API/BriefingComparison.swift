import BriefingModel

/// What changed since an earlier briefing of the same series (`--previous`, the archive).
public enum BriefingComparison {
    /// The briefing with its `changes` filled in.
    /// - Parameter history: briefings older than `previous`, newest first (up to eight periods
    ///   are drawn as each topic's trend).
    public static func compare(_ current: Briefing, with previous: Briefing, history: [Briefing] = []) -> Briefing {
        var out = current
        out.changes = ChangeFinder().changes(from: previous, to: current, history: Array(history.prefix(7)))
        return out
    }
}
