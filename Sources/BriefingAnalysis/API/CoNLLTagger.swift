/// Tags a CoNLL-2003 file: every line comes back with the predicted BIO tag appended
/// (`B-PER`, `I-ORG`, `O`, ...); `-DOCSTART-` and blank lines are kept as they are.
///
/// Why a public API of its own: the tagger is scored on CoNLL-2003 (`briefing tag --conll`)
/// and benchmarked in tokens per second; both need the bare token-in, tag-out path without the
/// article pipeline. Only the first column (the token) is read: part-of-speech, chunk and gold
/// columns are never looked at. Documents are tagged one at a time, in order, so a name typed
/// confidently in one sentence types its other mentions in the document.
public struct CoNLLTagger: Sendable {
    public init() {}

    /// Warms the lexicons (built once per process), so timing measures tagging alone.
    public static func prepare() { _ = NameLexicon.shared.words.count }

    /// The tagged lines for the lines of a CoNLL file.
    public func tag(lines: [Substring]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var tagger = NameTagger()
        var doc: [[String]] = []
        var sentence: [String] = []
        var pending: [Substring] = []
        func flushDocument() {
            if !sentence.isEmpty { doc.append(sentence); sentence = [] }
            let tags = Self.bio(doc, tagger.tag(doc))
            var s = 0, t = 0
            for line in pending {
                let token = Self.firstColumn(line)
                if token.isEmpty || token == "-DOCSTART-" {
                    out.append(String(line))
                    if token.isEmpty && t > 0 { s += 1; t = 0 }
                    continue
                }
                out.append(line + " " + tags[s][t])
                t += 1
                if t == tags[s].count { s += 1; t = 0 }
            }
            doc = []
            pending = []
        }
        for line in lines {
            let token = Self.firstColumn(line)
            if token == "-DOCSTART-" {
                flushDocument()
                pending.append(line)
                continue
            }
            pending.append(line)
            if token.isEmpty {
                if !sentence.isEmpty { doc.append(sentence); sentence = [] }
            } else {
                sentence.append(String(token))
            }
        }
        flushDocument()
        return out
    }

    /// Tags tokenised documents (sentences of tokens) and returns one BIO tag per token.
    public func tag(documents: [[[String]]]) -> [[[String]]] {
        var tagger = NameTagger()
        return documents.map { Self.bio($0, tagger.tag($0)) }
    }

    private static func firstColumn(_ line: Substring) -> Substring {
        var s = line[...]
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        guard let end = s.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\r" }) else { return s }
        return s[..<end]
    }

    private static func bio(_ doc: [[String]], _ spans: [NameSpan]) -> [[String]] {
        var tags = doc.map { [String](repeating: "O", count: $0.count) }
        for span in spans {
            let label = span.type.conll
            tags[span.sentence][span.start] = "B-" + label
            for k in (span.start + 1)..<span.end where k < span.end { tags[span.sentence][k] = "I-" + label }
        }
        return tags
    }
}
