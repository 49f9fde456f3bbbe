/// The written forms of an article's candidates, counted, as packed written-form numbers; a
/// form's text is built only when a kept candidate's best form is asked for.
///
/// A form number is a word number times two, plus one when the word's capitals are kept
/// (`KeyphraseExtractor.candidates`). A candidate's forms are a list linked through one flat
/// array: a candidate has one or two forms, and an array of forms per candidate cost an
/// allocation each.
struct CandidateForms: Sendable {
    /// Text by form number, nil until a token shows it.
    private var texts: [String?]
    /// One written form of a candidate: its packed form numbers (`PhraseKey`), its uses, and
    /// the candidate's next form entry (-1 at the end).
    private struct Entry {
        var key: UInt64
        var count: Int32
        var next: Int32
    }

    private var entries: [Entry] = []

    init(words: Int) {
        texts = [String?](repeating: nil, count: words * 2)
    }

    /// The form number of token `q` of `T`, noting its text the first time it is seen. (By
    /// index: a token passed by value is copied, its strings retained, for the rare first use.)
    @inline(__always) mutating func number(_ T: [Token], _ q: Int, keep: Bool) -> Int {
        let id = Int(T[q].word) * 2 + (keep ? 1 : 0)
        if texts[id] == nil { texts[id] = keep ? T[q].text : T[q].lower }
        return id
    }

    /// A new candidate's first form, seen once; returns its entry.
    mutating func start(_ key: UInt64) -> Int32 {
        entries.append(Entry(key: key, count: 1, next: -1))
        return Int32(entries.count - 1)
    }

    /// One more use of `key` by the candidate whose first entry is `first`.
    mutating func add(_ key: UInt64, first: Int32) {
        var e = Int(first)
        while true {
            if entries[e].key == key { entries[e].count += 1; return }
            if entries[e].next < 0 { break }
            e = Int(entries[e].next)
        }
        entries[e].next = start(key)
    }

    /// The text of packed form numbers, words joined by spaces.
    func text(of key: UInt64) -> String {
        let n = PhraseKey.count(key)
        var out = texts[PhraseKey.number(key, 0, of: n)]!
        guard n > 1 else { return out }
        out.reserveCapacity((1..<n).reduce(out.utf8.count) { $0 + 1 + texts[PhraseKey.number(key, $1, of: n)]!.utf8.count })
        for i in 1..<n {
            out += " "
            out += texts[PhraseKey.number(key, i, of: n)]!
        }
        return out
    }

    /// How the candidate whose first entry is `first` is best written: its most used form, ties
    /// to the smallest text.
    func best(first: Int32) -> String {
        var e = entries[Int(first)]
        var best = text(of: e.key)
        var most = e.count
        while e.next >= 0 {
            e = entries[Int(e.next)]
            let t = text(of: e.key)
            if e.count > most || (e.count == most && t < best) { (best, most) = (t, e.count) }
        }
        return best
    }
}
