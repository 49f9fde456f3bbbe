/// How many items of a list cut at a limit are shown: the limit, unless the cut would hide fewer
/// than `leastHidden` items, in which case all are shown.
///
/// Why one rule: a line saying "and 1 more" takes the room of the item it stands for and tells
/// the reader less, so a list (story articles, sources, participants, a chart's spoken values)
/// is cut only where the cut saves at least `leastHidden` lines. Every "N more" the briefing
/// writes goes through here, so none says "and 1 more" or "and 2 more".
enum ListCut {
    /// The fewest items a cut may hide: with three, the note saves two lines or more.
    static let leastHidden = 3

    /// The number of items to show out of `total` when at most `limit` are wanted.
    static func shown(_ total: Int, limit: Int) -> Int {
        guard limit < total else { return total }
        return total - max(limit, 0) < leastHidden ? total : max(limit, 0)
    }

    /// The first items of `items`, cut by the rule.
    static func prefix<C: Collection>(_ items: C, limit: Int) -> C.SubSequence {
        items.prefix(shown(items.count, limit: limit))
    }
}
