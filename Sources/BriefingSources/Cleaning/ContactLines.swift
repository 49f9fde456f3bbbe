import Foundation

/// How to reach the newsroom, printed under articles and in their footers: "Send a text to
/// 555-010-7645", "Observer switchboard 020 7946 0000", "email: desk@example.com". A line is
/// contact furniture when it is short and gives a telephone number or an address with the words
/// that offer them; a news sentence that quotes a hotline in mid-story is longer than a notice.
enum ContactLines {
    static func isContact(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.words <= longestLine, shape.digits >= 8 || shape.hasAt else { return false }
        let lower = line.lowercased()
        guard contactWords.contains(where: { lower.hasBytes($0) }) else { return false }
        return BoilerplateCleaner.matches(telephone, line) || BoilerplateCleaner.matches(address, line)
    }

    /// Contact notices are a line or two; longer lines are prose.
    static let longestLine = 40

    static let contactWords = [
        "switchboard", "tel", "phone", "fax", "call ", "text ", "e-mail", "email", "contact", "write to", "whatsapp",
    ]

    /// A telephone number: eight digits or more in groups ("020 7946 0000", "555-010-7645", "+44 (0)20…").
    static let telephone = FurniturePatterns.compile(#"(?:\+\d{1,3}\s?)?\(?\d{2,5}\)?[\s\-.]?\d{3,4}[\s\-.]?\d{3,4}\b"#)

    static let address = FurniturePatterns.compile(#"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"#)
}
