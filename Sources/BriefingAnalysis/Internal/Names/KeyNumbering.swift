/// Gives each distinct token key of one document a number, hashing as few strings as it can.
///
/// Why: string hashing was the tagger's main cost. The lexicon is asked once per number, and
/// "seen in lower case / capitalised" is a flag per number. A token the caller already numbered
/// (an article's `WordTable` number, `given`) is found by that number; a one-byte token
/// (punctuation) by its byte; only the rest are hashed by key. Equal keys always get the same
/// number, whichever way they are found, so the tagger's spans do not depend on the route.
struct KeyNumbering {
    /// Numbers given so far: the next new one is `count`.
    private(set) var count = 0
    private var byKey: [String: Int] = [:]
    /// Caller's word number -> our number (-1: not seen yet).
    private var byWordID: [Int] = []
    /// ASCII byte of a one-byte token -> our number (-1: not seen yet).
    private var byByte = [Int](repeating: -1, count: 128)
    /// The caller's number of a lower-cased word it numbered, nil for other strings.
    private let wordNumber: ((String) -> Int?)?

    init(capacity: Int, wordNumber: ((String) -> Int?)?) {
        byKey.reserveCapacity(capacity)
        self.wordNumber = wordNumber
    }

    /// The number of `key` (the lookup key of `token`), and whether it is new.
    /// - Parameter given: the caller's number of the token's lower-cased form, or negative.
    mutating func number(key: String, token: String, given: Int) -> (id: Int, isNew: Bool) {
        var given = given
        var id = given >= 0 && given < byWordID.count ? byWordID[given] : -1
        let u = token.utf8
        let byte = u.count == 1 && u.first! < 0x80 ? Int(u.first!) : -1
        if id < 0 && byte >= 0 { id = byByte[byte] }
        if id < 0 && given < 0, let wordNumber, let w = wordNumber(key) {
            // Not numbered by the caller, but its key is one of the caller's words.
            given = w
            if w < byWordID.count { id = byWordID[w] }
        }
        guard id < 0 else { return (id, false) }
        var isNew = true
        if given >= 0 && wordNumber != nil {
            // A caller's word: found by its number alone, never hashed into `byKey`.
            id = count
            count += 1
        } else if let known = byKey[key] {
            id = known
            isNew = false
        } else {
            id = count
            count += 1
            byKey[key] = id
        }
        if byte >= 0 { byByte[byte] = id }
        if given >= 0 {
            if byWordID.count <= given { byWordID += repeatElement(-1, count: given + 1 - byWordID.count) }
            byWordID[given] = id
        }
        return (id, isNew)
    }
}
