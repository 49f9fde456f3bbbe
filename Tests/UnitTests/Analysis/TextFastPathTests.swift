@testable import BriefingAnalysis
import BriefingSupport
import Testing

/// The byte-level shortcuts of the per-article text steps give the answers of the string and
/// `Character` tests they stand in for, on ASCII, accented, decomposed and symbol-laden text.
@Suite("Text fast paths answer as the string tests they replace")
struct TextFastPathTests {
    static let samples = [
        "", "a", "A", "the", "The", "THE", "NATO", "U.S.", "u.s.", "BP'S", "bp's", "x1", "X1", "1990s", "-",
        ".", "!", "?", "\u{2026}", "\"", "'", "\u{2019}", "\u{201D}", ")", "]", "(", "'s", "\u{2019}s", "'S",
        "s", "ss", "caf\u{E9}", "CAF\u{C9}", "CAFE\u{301}", "e\u{301}", "\u{C9}COLE", "\u{1F600}", "\u{1F600}a",
        "MOSCOW", "Moscow", "moscow", "O'BRIEN", "al-Assad", "McDONALD", "\u{2019}S", "x\u{600}ed", "\u{212A}",
    ]

    @Test func byteKeyTableAnswersAsItsDictionary() {
        let dictionary: [String: UInt8] = ["the": 1, "of": 2, "a": 3, "mr": 4, "let's": 5, "caf\u{E9}": 6, "": 7]
        let table = ByteKeyTable(dictionary)
        for (key, value) in dictionary where key.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(table.value(key) == value, "\(key)")
        }
        // Non-ASCII keys are left out: such words ask the dictionary.
        #expect(table.value("caf\u{E9}") == nil)
        for word in Self.samples + ["them", "th", "ofs", "mrs", "lets", "let\u{2019}s"] where dictionary[word] == nil {
            #expect(table.value(word) == nil, "\(word)")
        }
    }

    @Test func byteKeyTableLowerCasesTheBytesItIsAsked() {
        let table = ByteKeyTable(["the": 1, "u.s.": 2])
        func value(_ word: String) -> UInt8? {
            var copy = word
            return copy.withUTF8 { table.value(lowercasing: $0) }
        }
        #expect(value("The") == 1)
        #expect(value("THE") == 1)
        #expect(value("U.S.") == 2)
        #expect(value("Then") == nil)
        #expect(value("TH") == nil)
    }

    @Test func mayContainTurnsAwayOnlyLowerCaseASCIIWordsTheDictionaryLacks() {
        let table = ByteKeyTable(["said": 1, "told": 1, "caf\u{E9}": 1, "Told": 1])
        #expect(table.mayContain("said"))
        #expect(!table.mayContain("sad"))
        #expect(!table.mayContain("saidx"))
        // Words the table cannot answer for: the dictionary must be asked.
        #expect(table.mayContain("caf\u{E9}"))
        #expect(table.mayContain("Told"))
        #expect(table.mayContain("SAD"))
    }

    /// `SpeechReader.cue(at:)` asks its table first: every word a cue starts with is in it.
    @Test func everyCueWordPassesTheCueTable() {
        let words = Array(ReactionCues.words.keys) + Array(ReactionCues.pairs.keys) + Array(ReactionCues.meetingVerbs) + ["according"]
        for word in words { #expect(SpeechReader.cueWords.mayContain(word), "\(word)") }
        for word in ["the", "minister", "sad", "accord", "hold"] { #expect(!SpeechReader.cueWords.mayContain(word), "\(word)") }
        let tokens = Tokenizer.tokenize("He said the minister called for talks , according to aides who held talks .")
        #expect(SpeechReader.cue(at: 1, tokens) != nil)
        #expect(SpeechReader.cue(at: 4, tokens)?.stance == .callsFor)
        #expect(SpeechReader.cue(at: 8, tokens) != nil)
        #expect(SpeechReader.cue(at: 12, tokens)?.stance == .talks)
        #expect(SpeechReader.cue(at: 3, tokens) == nil)
    }

    @Test func functionWordFlagsOfTokensMatchTheDictionary() {
        #expect(FunctionWords.flags.keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
        for word in FunctionWords.flags.keys.sorted() {
            let capitalised = word.prefix(1).uppercased() + word.dropFirst()
            for written in [word, capitalised, word.uppercased()] {
                let tokens = Tokenizer.tokenize(written)
                for token in tokens where token.kind == .word {
                    #expect(token.stopFlags == FunctionWords.flags[token.lower] ?? 0, "\(written)")
                }
                if tokens.count == 1 { #expect(tokens[0].stopFlags == FunctionWords.flags[word], "\(written)") }
            }
        }
        for token in Tokenizer.tokenize("Thinking about Thesis, Anderson and caf\u{E9} owners; The SAID note") {
            #expect(token.stopFlags == (token.kind == .word ? FunctionWords.flags[token.lower] ?? 0 : 0), "\(token.text)")
        }
    }

    @Test func aLowerCaseTokenSharesItsText() {
        for token in Tokenizer.tokenize("the Minister said NATO's caf\u{E9} plans") {
            #expect(token.lower == token.text.lowercased(), "\(token.text)")
        }
    }

    @Test func possessiveIsTheCliticAlone() {
        for text in Self.samples {
            let token = Token(text: text, lower: text.lowercased(), kind: .word, isCapitalized: false, isAllCaps: false,
                              start: 0, end: text.utf8.count)
            let expected = text.lowercased() == "'s" || text.lowercased() == "\u{2019}s"
            #expect(token.isPossessive == expected, "\(text)")
        }
    }

    @Test func shoutLowerCaseAndCountShortcutsAgreeWithCharacters() {
        for text in Self.samples {
            #expect(SentenceSplitter.hasLowercase(text) == text.contains(where: \.isLowercase), "\(text)")
            let shouted = text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
            #expect(RunOnSentence.isShouted(Substring(text)) == shouted, "\(text)")
            #expect(SentenceSplitter.characterCount(text) == text.count, "\(text)")
        }
    }

    @Test func enderAndCloserShortcutsAgreeWithTheSets() {
        for text in Self.samples + ["..", "\u{2018}", "\u{201C}", "\u{2014}"] {
            #expect(SentenceSplitter.isEnderText(text) == SentenceSplitter.enders.contains(text), "\(text)")
            #expect(SentenceSplitter.isCloserText(text) == SentenceSplitter.closers.contains(text), "\(text)")
        }
    }

    @Test func articlePrefixByBytesAgreesWithTheTagger() {
        for text in Self.samples + ["al-Assad", "el-Sisi", "al-assad", "al-", "el-S", "Al-Assad", "ab-Cd", "al-\u{C9}"] {
            var copy = text
            let byBytes = copy.withUTF8 { NameTagger.hasArticlePrefix(bytes: $0) }
            #expect(byBytes == NameTagger.hasArticlePrefix(text), "\(text)")
        }
    }

    @Test func readerAddressAgreesWithTheWords() {
        for text in Self.samples + ["you", "your", "yours", "let's", "let\u{2019}s", "lets", "yo", "yoU"] {
            let expected = text == "you" || text == "your" || text == "let's" || text == "let\u{2019}s"
            #expect(Summarizer.addressesReader(text) == expected, "\(text)")
        }
    }

    /// `SentenceSplitter.runsOn` asks `RunOnSentence` only about stop words.
    @Test func everyRunOnOpenerIsAStopWord() {
        for opener in RunOnSentence.openers {
            #expect(FunctionWords.isStop(opener.lowercased()), "\(opener)")
        }
    }

    /// Numbers as a `[String: Int]` gives them, with words a `Dictionary` treats as equal
    /// though their bytes differ (U+037E is ";", U+212A is "K",
    /// "e" + U+0301 is "\u{E9}").
    @Test func wordTableNumbersAsADictionaryWould() {
        var words = (0..<700).map { "w\($0)" }
        words += ["\u{37E}", ";", "a\u{37E}", "a;", "\u{212A}", "K", "Kk", "\u{212A}k", "caf\u{E9}", "cafe\u{301}",
                  "`", "\u{1FEF}", "w7", "w699", "", "x-ray", "x-ray"]
        var table = WordTable()
        var reference: [String: Int] = [:]
        for word in words {
            let expected = reference[word] ?? reference.count
            reference[word] = expected
            #expect(table.number(word) == expected, "\(word)")
        }
        for word in words + ["w700", "\u{1FEF}x", "k"] {
            #expect(table.number(ifKnown: word) == reference[word], "\(word)")
        }
    }

    @Test func wordTableNumbersEachWordAndStemOnce() {
        var table = WordTable()
        let words = ["talks", "talk", "talks", "held", "talked", "held"]
        let numbers = words.map { table.number($0) }
        #expect(numbers == [0, 1, 0, 2, 3, 2])
        #expect(table.words == ["talks", "talk", "held", "talked"])
        #expect(table.stems.count == Set(words.map(Stemmer.stem)).count)
        for (w, word) in table.words.enumerated() {
            #expect(table.stems[table.stemOf[w]] == Stemmer.stem(word))
            #expect(table.number(ifKnown: word) == w)
        }
        #expect(table.number(ifKnown: "talking") == nil)
    }

    /// The name lexicon's lists split on bytes as they were by `Character`: words at spaces and
    /// newlines, or trimmed non-empty lines, accented and decomposed entries kept whole.
    @Test func lexiconListsSplitAsByCharacter() {
        let text = "caf\u{E9}  CAFE\u{301} al-Assad\n\n  New York \n\u{1F600}a x\n\nS\u{E3}o Paulo\n "
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(NameLexicon.pieces(of: text, breakingAtSpaces: true) == words)
        let lines = text.split(separator: "\n").map(\.trimmingSpaces).filter { !$0.isEmpty }
        #expect(NameLexicon.pieces(of: text, breakingAtSpaces: false) == lines)
        #expect(NameLexicon.pieces(of: GeneratedNameLexicon.cities, breakingAtSpaces: false)
                == GeneratedNameLexicon.cities.split(separator: "\n").map(\.trimmingSpaces).filter { !$0.isEmpty })
    }
}
