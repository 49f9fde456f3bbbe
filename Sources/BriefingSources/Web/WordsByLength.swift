/// A small set of ASCII words looked up by bytes: grouped by length, so a token is compared
/// with the few words of its own length and no string is made for it. The class and id words of
/// `ElementHint` are asked of every word of every distinct class on a page.
struct WordsByLength {
    private let groups: [[[UInt8]]]

    init(_ words: Set<String>) {
        var groups = [[[UInt8]]](repeating: [], count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words { groups[word.utf8.count].append(Array(word.utf8)) }
        self.groups = groups
    }

    func contains(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count < groups.count else { return false }
        return groups[token.count].contains { $0.elementsEqual(token) }
    }
}
