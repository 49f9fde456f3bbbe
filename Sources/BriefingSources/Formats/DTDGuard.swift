/// Refuses XML that declares entities in an internal DTD (billion laughs, quadratic blow-up).
///
/// A DOCTYPE can only stand in the prolog, so the prolog is read as XML defines it: white
/// space, processing instructions (`<?…?>`), comments (`<!--…-->`) and the DOCTYPE, whose
/// internal subset is read declaration by declaration with its comments, processing
/// instructions and quoted strings skipped whole. A `]` or `<` inside a comment or a quoted
/// value therefore never ends the scan early and lets a declaration through. One pass, linear.
enum DTDGuard {
    static func refusal(for text: String) -> FormatProblem? {
        var scanner = Scanner(bytes: Array(text.utf8))
        guard let entity = scanner.firstEntityDeclaration() else { return nil }
        let position = FormatProblem.position(ofByte: entity, in: text)
        return FormatProblem("refused: the document declares XML entities (a DTD), which feeds never need "
                             + "and entity-expansion attacks use", line: position.line, column: position.column)
    }

    struct Scanner {
        let bytes: [UInt8]
        var at = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        static let piOpen = Array("<?".utf8), piClose = Array("?>".utf8)
        static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
        static let doctypeOpen = Array("<!DOCTYPE".utf8), entityOpen = Array("<!ENTITY".utf8)
        static let declarationOpen = Array("<!".utf8)

        /// The byte offset of the first `<!ENTITY` in the prolog's DOCTYPE, or nil.
        mutating func firstEntityDeclaration() -> Int? {
            while at < bytes.count {
                skipSpace()
                if starts(Self.piOpen) {
                    skip(past: Self.piClose)
                } else if starts(Self.commentOpen) {
                    skip(past: Self.commentClose)
                } else if starts(Self.doctypeOpen, caseInsensitive: true) {
                    return doctype()
                } else {
                    return nil  // the root element (or something the parser will name)
                }
            }
            return nil
        }

        /// Reads `<!DOCTYPE name ExternalID? [subset]? >`; the offset of an entity declaration.
        private mutating func doctype() -> Int? {
            at += 9
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): skipQuoted()
                case UInt8(ascii: "["):
                    at += 1
                    if let entity = internalSubset() { return entity }
                case UInt8(ascii: ">"): return nil
                default: at += 1
                }
            }
            return nil
        }

        /// The declarations up to the closing `]`.
        private mutating func internalSubset() -> Int? {
            while at < bytes.count {
                if starts(Self.commentOpen) {
                    skip(past: Self.commentClose)
                } else if starts(Self.piOpen) {
                    skip(past: Self.piClose)
                } else if starts(Self.entityOpen) {
                    return at
                } else if starts(Self.declarationOpen) {
                    markupDeclaration()
                } else if bytes[at] == UInt8(ascii: "]") {
                    at += 1
                    return nil
                } else {
                    at += 1
                }
            }
            return nil
        }

        /// `<!ELEMENT …>`, `<!ATTLIST …>`, `<!NOTATION …>`: to their `>`, quoted values whole.
        private mutating func markupDeclaration() {
            at += 2
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): skipQuoted()
                case UInt8(ascii: ">"):
                    at += 1
                    return
                default: at += 1
                }
            }
        }

        private mutating func skipQuoted() {
            let quote = bytes[at]
            at += 1
            while at < bytes.count, bytes[at] != quote { at += 1 }
            at += 1
        }

        private mutating func skipSpace() {
            while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
        }

        private mutating func skip(past needle: [UInt8]) {
            while at < bytes.count, !starts(needle) { at += 1 }
            at = min(at + needle.count, bytes.count)
        }

        private func starts(_ needle: [UInt8], caseInsensitive: Bool = false) -> Bool {
            guard at + needle.count <= bytes.count else { return false }
            for (index, byte) in needle.enumerated() {
                let candidate = bytes[at + index]
                if candidate != byte && !(caseInsensitive && candidate | 0x20 == byte | 0x20) { return false }
            }
            return true
        }
    }
}
