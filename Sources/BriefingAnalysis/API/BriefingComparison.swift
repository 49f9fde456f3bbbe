import BriefingModel

/// What changed since an earlier briefing of the same series (`--previous`, the archive).
public enum BriefingComparison {
    /// The briefing with its `changes` filled in.
    /// - Parameters:
    ///   - history: briefings older than `previous`, newest first (with it and this one, up to
    ///     nine periods are drawn as each topic's trend).
    ///   - briefed: fingerprints (URL, else id) of articles briefed in any earlier period, from
    ///     the archive: such an article is not news again.
    public static func compare(_ current: Briefing, with previous: Briefing, history: [Briefing] = [],
                               briefed: Set<String> = []) -> Briefing {
        var out = current
        out.changes = ChangeFinder().changes(from: previous, to: current, history: Array(history.prefix(7)),
                                             briefed: briefed)
        return out
    }
}
