import BriefingModel

/// Ids must name one article each. Records from different files can carry the same own id
/// (two JSON Lines files both numbering from 1); later ones get `#2`, `#3`… and a warning.
enum ArticleIDs {
    static func makeUnique(_ articles: inout [Article]) -> [String] {
        var seen: [String: Int] = [:]
        var warnings: [String] = []
        for index in articles.indices {
            let id = articles[index].id
            let count = seen[id, default: 0] + 1
            seen[id] = count
            guard count > 1 else { continue }
            var renamed = "\(id)#\(count)"
            while seen[renamed] != nil { renamed += "'" }
            seen[renamed] = 1
            articles[index].id = renamed
            warnings.append("\(articles[index].path): id '\(id)' already used; this article is '\(renamed)'")
        }
        return warnings
    }
}
