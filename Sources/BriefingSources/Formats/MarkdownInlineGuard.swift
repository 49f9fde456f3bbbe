/// Inline openings Ink would try and then abandon, written as character references before Ink
/// sees them, so that reading Markdown costs time in proportion to its length.
///
/// Why: Ink reads a link (`[text](url)`, `[text][ref]`), an image, an HTML tag or a character
/// reference by scanning ahead for its end and rewinds when the end is missing, so every
/// opening that never closes costs the rest of its line, paragraph or file. 200 KB of `[a](`,
/// of `<` or of short bracket lines took minutes (quadratic), and nested brackets cost it
/// exponential time. One pass finds which openings complete the way Ink reads them; the others
/// become `&#91;`, `&#93;`, `&lt;` or `&amp;`, which Ink copies as text and the HTML reader
/// turns back into the same characters. Code spans and fenced code are left as they are.
enum MarkdownInlineGuard {
    /// Links inside links deeper than this are text: real ones nest no deeper than an image
    /// inside a link.
    static let deepestLinks = 3
    /// The longest character reference worth reading as one (`&CounterClockwiseContourIntegral;`
    /// is 33 bytes); a `&` without its `;` this close is a plain ampersand.
    static let longestReference = 40

    static func guarded(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard bytes.contains(where: { $0 == .bracket || $0 == .less || $0 == .ampersand }) else { return markdown }
        var replacements: [Int: String] = [:]
        let nextGreater = nextOccurrences(of: .greater, in: bytes)
        var inFence = false
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != .newline { end += 1 }
            let line = start..<end
            if isFence(bytes[line]) {
                inFence.toggle()
            } else if !inFence && !isReferenceDefinition(bytes[line]) {
                LineScan(bytes: bytes, line: line, nextGreater: nextGreater).decide(into: &replacements)
            }
            start = end + 1
        }
        guard !replacements.isEmpty else { return markdown }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + replacements.count * 4)
        for (index, byte) in bytes.enumerated() {
            if let replacement = replacements[index] { out += replacement.utf8 } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line opening or closing fenced code (three backticks or tildes after up to three spaces).
    static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop { $0 == .space }
        guard line.count - text.count <= 3, let mark = text.first, mark == .backtick || mark == .tilde else { return false }
        return text.prefix(3).count == 3 && text.prefix(3).allSatisfy { $0 == mark }
    }

    /// A link reference definition (`[1]: https://…`), which Ink reads as a line of its own.
    static func isReferenceDefinition(_ line: ArraySlice<UInt8>) -> Bool {
        let text = line.drop { $0 == .space }
        guard line.count - text.count <= 3, text.first == .bracket,
              let close = text.firstIndex(of: .closeBracket), close > text.startIndex + 1 else { return false }
        let after = text.index(after: close)
        return after < text.endIndex && text[after] == .colon
    }

    /// For each position, the first position at or after it holding `byte` (nil: none).
    static func nextOccurrences(of byte: UInt8, in bytes: [UInt8]) -> [Int?] {
        var result = [Int?](repeating: nil, count: bytes.count + 1)
        var next: Int?
        for index in stride(from: bytes.count - 1, through: 0, by: -1) {
            if bytes[index] == byte { next = index }
            result[index] = next
        }
        return result
    }

    /// The decisions for one line: brackets and parentheses matched with stacks, then one walk
    /// left to right that keeps what Ink will read whole and replaces the rest.
    struct LineScan {
        let bytes: [UInt8]
        let line: Range<Int>
        let nextGreater: [Int?]
        private var code: [Bool]
        private var closing: [Int: Int] = [:]       // `[` -> its `]`
        private var closingParen: [Int: Int] = [:]  // `(` -> its `)`

        init(bytes: [UInt8], line: Range<Int>, nextGreater: [Int?]) {
            self.bytes = bytes
            self.line = line
            self.nextGreater = nextGreater
            code = [Bool](repeating: false, count: line.count)
            markCodeSpans()
            matchPairs()
        }

        /// Ink's code span: from a backtick to the next one on the line.
        private mutating func markCodeSpans() {
            var index = line.lowerBound
            while index < line.upperBound {
                guard bytes[index] == .backtick else { index += 1; continue }
                var close = index + 1
                while close < line.upperBound, bytes[close] != .backtick { close += 1 }
                guard close < line.upperBound else { return }
                for position in index...close { code[position - line.lowerBound] = true }
                index = close + 1
            }
        }

        private func isCode(_ index: Int) -> Bool { code[index - line.lowerBound] }

        private mutating func matchPairs() {
            var brackets: [Int] = [], parens: [Int] = []
            for index in line where !isCode(index) {
                switch bytes[index] {
                case .bracket: brackets.append(index)
                case .closeBracket where index == line.lowerBound || bytes[index - 1] != .backslash:
                    if let open = brackets.popLast() { closing[open] = index }
                case .paren: parens.append(index)
                case .closeParen: if let open = parens.popLast() { closingParen[open] = index }
                default: break
                }
            }
        }

        /// The end of what Ink reads after a link's `]` at `close` (the `)` of its URL or the `]`
        /// of its reference), or nil when the link cannot complete.
        private func targetEnd(after close: Int) -> Int? {
            let next = close + 1
            guard next < line.upperBound else { return nil }
            if bytes[next] == .paren { return closingParen[next] }
            guard bytes[next] == .bracket else { return nil }
            var end = next + 1
            while end < line.upperBound, bytes[end] != .closeBracket { end += 1 }
            return end < line.upperBound ? end : nil
        }

        func decide(into replacements: inout [Int: String]) {
            var openLinks: [Int] = []            // the `]` of each link being read, innermost last
            var targetAfter: [Int: Int] = [:]    // a kept link's `]` -> the last byte of its target
            var index = line.lowerBound
            while index < line.upperBound {
                // A kept link's URL or reference is read raw by Ink: nothing in it is replaced.
                if index > line.lowerBound, let end = targetAfter[index - 1] {
                    index = end + 1
                    continue
                }
                while let innermost = openLinks.last, innermost < index { openLinks.removeLast() }
                defer { index += 1 }
                guard !isCode(index) else { continue }
                switch bytes[index] {
                case .bracket:
                    if let close = closing[index], openLinks.count < MarkdownInlineGuard.deepestLinks,
                       let end = targetEnd(after: close) {
                        openLinks.append(close)
                        targetAfter[close] = end
                    } else {
                        replacements[index] = "&#91;"
                        if let close = closing[index] { replacements[close] = "&#93;" }
                    }
                case .less:
                    // An HTML tag inside link text that never closes is read to the end of the file.
                    let next = index + 1
                    let named = next < line.upperBound && ![.space, .tab, .greater].contains(bytes[next])
                    if !openLinks.isEmpty || !named || nextGreater[next] == nil { replacements[index] = "&lt;" }
                case .ampersand:
                    if !isReference(at: index) { replacements[index] = "&amp;" }
                default:
                    break
                }
            }
        }

        private func isReference(at index: Int) -> Bool {
            var end = index + 1
            let limit = min(line.upperBound, index + MarkdownInlineGuard.longestReference)
            while end < limit {
                switch bytes[end] {
                case .semicolon: return end > index + 1
                case .space, .tab: return false
                default: end += 1
                }
            }
            return false
        }
    }
}

private extension UInt8 {
    static let bracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let paren = UInt8(ascii: "("), closeParen = UInt8(ascii: ")")
    static let less = UInt8(ascii: "<"), greater = UInt8(ascii: ">"), ampersand = UInt8(ascii: "&")
    static let colon = UInt8(ascii: ":"), semicolon = UInt8(ascii: ";"), backslash = UInt8(ascii: "\\"), backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
}
