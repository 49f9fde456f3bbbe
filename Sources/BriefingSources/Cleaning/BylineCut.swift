/// A byline at a line's start, cut off: "By Peter Bowes BBC News, Los Angeles The trial…" keeps
/// "The trial…"; "By the CNN Wire Staff" goes whole.
///
/// A byline is "By", a name, then what the writer is (a role such as "correspondent", an outlet
/// such as "BBC News" or "Wire Staff") and perhaps ", Place". Its end is the last such word
/// within the first dozen; a place is one or two capitalised words followed by a capitalised
/// sentence start. With no such word the line is a byline only when it is short and nothing else.
enum BylineCut {
    static func remainder(of line: String) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2, words[0] == "By", let first = words[1].first, first.isUppercase || words[1] == "the" else {
            return line
        }
        let window = words.prefix(12)
        guard let anchor = window.indices.last(where: { isAnchor(window[$0]) }) else {
            return words.count <= 6 && !(line.last.map { ".!?".contains($0) } ?? false) ? "" : line
        }
        var end = anchor + 1
        // An outlet's programme after its name: "Example News Tonight, Place".
        if !words[anchor].hasSuffix(","), end < words.count, words[end].hasSuffix(","), words[end].first?.isUppercase == true {
            end += 1
        }
        if words[end - 1].hasSuffix(",") || (end < words.count && words[end] == ",") {
            end = placeEnd(words, from: end)
        }
        return words[min(end, words.count)...].joined(separator: " ")
    }

    /// A byline run in after a repeated headline ("Oil still haunts the coast By Jo Roe Example
    /// News, Place The well…"): the headline and the text become lines of their own. Only a
    /// byline with a writer's word after the name is cut: "By" opens many a clause.
    static func splittingMidLine(_ line: String) -> String {
        var searchFrom = line.startIndex
        while let range = line.range(of: " By ", range: searchFrom..<line.endIndex) {
            searchFrom = range.upperBound
            // After a full stop, "By" opens a sentence; a headline runs into a byline without one.
            guard let before = line[..<range.lowerBound].last, before.isLetter || before.isNumber else { continue }
            let tail = String(line[line.index(after: range.lowerBound)...])
            guard tail.split(separator: " ").prefix(12).contains(where: { isAnchor(String($0)) }) else { continue }
            let rest = remainder(of: tail)
            guard rest.utf8.count < tail.utf8.count else { continue }
            let head = String(line[..<range.lowerBound])
            return rest.isEmpty ? head : head + "\n" + rest
        }
        return line
    }

    /// After "News," : one or two capitalised place words, when a capitalised word follows them.
    static func placeEnd(_ words: [String], from start: Int) -> Int {
        for length in [2, 1] where start + length < words.count {
            let place = words[start..<(start + length)]
            if place.allSatisfy({ $0.first?.isUppercase == true && !$0.hasSuffix(".") }),
               words[start + length].first?.isUppercase == true {
                return start + length
            }
        }
        return start
    }

    static func isAnchor(_ word: String) -> Bool {
        let bare = word.trimmingCharacters(in: .punctuationCharacters)
        return anchors.contains(bare) || anchors.contains(bare.lowercased())
    }

    /// What a writer is: roles, and the words outlets' names end with.
    static let anchors: Set<String> = [
        "News", "Staff", "Wire", "Press", "Reuters", "CNN", "BBC", "AP", "AFP", "Bloomberg", "Online",
        "correspondent", "reporter", "editor", "writer", "presenter", "columnist", "analyst", "contributor",
    ]
}
