import BriefingModel

/// One order for what was read, whatever order the inputs were given in.
///
/// Why: ids made unique by counting (`002#2`), the duplicate kept of two copies, and every
/// list in the briefing follow the articles' order; `briefing a b` and `briefing b a` must give
/// the same JSON and the same PDF. Articles are ordered by the path they were read from, records
/// within one file keep the file's order; skipped files and warnings are ordered by path too.
enum CanonicalOrder {
    static func apply(to result: inout ReadResult) {
        result.articles = result.articles.enumerated()
            .sorted { $0.element.path != $1.element.path ? $0.element.path < $1.element.path : $0.offset < $1.offset }
            .map(\.element)
        result.skipped = result.skipped.enumerated()
            .sorted { a, b in
                let (x, y) = (a.element, b.element)
                if x.path != y.path { return x.path < y.path }
                if x.line != y.line { return (x.line ?? 0) < (y.line ?? 0) }
                return a.offset < b.offset
            }
            .map(\.element)
        result.warnings.sort()
    }
}
