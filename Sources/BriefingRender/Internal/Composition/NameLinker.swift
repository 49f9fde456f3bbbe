import Foundation

/// Finds participants' names (and their unambiguous other spellings) in running text and links
/// each to the participant's entry, so a reader of the summary can jump to who someone is.
///
/// Matching is exact and on whole words: names are proper nouns, and "US" must not match
/// inside "USA" or "focus". Where names overlap ("Sergey Lavrov" and "Lavrov") the longer one
/// wins. Names themselves are never hyphenated; the text between them is, when a hyphenator
/// is given.
struct NameLinker {
    private struct Name {
        let text: String
        let destination: String
    }

    /// Longest first, so the longest match at a position is found first.
    private let names: [Name]

    /// Spellings shorter than this are not linked: two letters ("US", "UN") are names too, but
    /// a single letter is not.
    static let minimumLength = 2

    /// `entries` pairs each participant's name and other spellings with its destination. A
    /// spelling shared by two participants links to neither.
    init(_ entries: [(name: String, aliases: [String], destination: String)]) {
        var owners: [String: Set<String>] = [:]
        for entry in entries {
            for spelling in [entry.name] + entry.aliases
            where spelling.count >= Self.minimumLength && spelling.contains(where: \.isLetter) {
                owners[spelling, default: []].insert(entry.destination)
            }
        }
        names = owners.compactMap { spelling, destinations in
            destinations.count == 1 ? Name(text: spelling, destination: destinations.first!) : nil
        }.sorted { ($0.text.count, $0.text) > ($1.text.count, $1.text) }
    }

    var isEmpty: Bool { names.isEmpty }

    /// `plain` appended to `markup`, names linked, the rest hyphenated by `hyphenator`.
    func append(_ plain: String, to markup: inout Markup, hyphenator: Hyphenator?) {
        var rest = plain[...]
        for (range, destination) in matches(in: plain) {
            markup.append(String(rest[rest.startIndex..<range.lowerBound]), hyphenator: hyphenator)
            markup.link(String(plain[range]), to: destination)
            rest = plain[range.upperBound...]
        }
        markup.append(String(rest), hyphenator: hyphenator)
    }

    /// Non-overlapping whole-word matches in reading order, the first mention of each
    /// participant only: as in an encyclopedia, one link per paragraph is enough to follow, and
    /// every link is an annotation that makes the file larger.
    func matches(in text: String) -> [(range: Range<String.Index>, destination: String)] {
        var found: [(range: Range<String.Index>, destination: String)] = []
        for name in names {
            var searchStart = text.startIndex
            while let range = text.range(of: name.text, range: searchStart..<text.endIndex) {
                searchStart = range.upperBound
                guard Self.isWholeWord(range, in: text),
                      !found.contains(where: { $0.range.overlaps(range) }) else { continue }
                found.append((range, name.destination))
            }
        }
        var linked = Set<String>()
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
            .filter { linked.insert($0.destination).inserted }
    }

    private static func isWholeWord(_ range: Range<String.Index>, in text: String) -> Bool {
        if range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if before.isLetter || before.isNumber { return false }
        }
        if range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if after.isLetter || after.isNumber { return false }
        }
        return true
    }
}
