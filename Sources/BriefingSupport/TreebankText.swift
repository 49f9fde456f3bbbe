/// Text written the Penn Treebank way, as research corpora ship it: every token spaced apart
/// ("Jackson 's death , officials say -LRB- on Monday -RRB- ."), quotes as `` and ''.
///
/// Why undo it: a briefing quotes its sources' sentences; a reader should see "Jackson's
/// death, officials say (on Monday)." The analysis reads either form alike, so the sources
/// restore such text as they read it, and labels made from older models are cleaned too.
public enum TreebankText {
    /// Whether the text is tokenised: several commas and full stops stand apart from the word
    /// before them, and at least half of all of them do.
    public static func looksTokenised(_ text: String) -> Bool {
        var spaced = 0, all = 0
        var previous: UInt8 = 0x0A
        for byte in text.utf8 {
            if byte == 0x2C || byte == 0x2E {
                all += 1
                if previous == 0x20 { spaced += 1 }
            }
            previous = byte
        }
        return spaced >= 3 && spaced * 2 >= all
    }

    /// The text with each line detokenised, when it looks tokenised; otherwise unchanged.
    public static func restore(_ text: String) -> String {
        guard looksTokenised(text) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { detokenise(String($0)) }.joined(separator: "\n")
    }

    /// One line with its tokens written as prose: punctuation and clitics against their word,
    /// brackets and quotes restored.
    public static func detokenise(_ line: String) -> String {
        var out = ""
        var glueNext = false
        for piece in line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            let word = replacements[String(piece)] ?? String(piece)
            let gluePrevious = attachLeft.contains(word)
            if !out.isEmpty && !gluePrevious && !glueNext { out += " " }
            out += word
            glueNext = attachRight.contains(word)
        }
        return out
    }

    private static let replacements: [String: String] = [
        "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": "\u{201C}", "''": "\u{201D}", "`": "\u{2018}", "'": "\u{2019}",
    ]
    /// Tokens written against the word before them.
    private static let attachLeft: Set<String> = [
        ",", ".", ";", ":", "?", "!", "%", ")", "]", "}", "\u{201D}", "\u{2019}", "'s", "n't", "'re", "'ve", "'ll",
        "'m", "'d", "'S", "N'T",
    ]
    /// Tokens written against the word after them.
    private static let attachRight: Set<String> = ["(", "[", "{", "\u{201C}", "\u{2018}", "$", "#"]
}
