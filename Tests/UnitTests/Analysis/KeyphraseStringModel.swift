#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import BriefingAnalysis

/// The key-phrase steps as they were written before candidates were numbered: every candidate
/// built with its strings, ranked by string tables. The simple model the numbered steps
/// (`ArticleCandidates`, the rankers' `rank(_:stems:documents:limit:)`) must agree with.
enum KeyphraseStringModel {
    /// Candidates of one article, every one with its key, stems and best written form.
    static func candidates(_ sentences: [Sentence], table: WordTable) -> [PhraseCandidate] {
        typealias X = KeyphraseExtractor
        let stemText = table.stems
        var formText = [String?](repeating: nil, count: table.words.count * 2)
        func formID(_ t: Token, keep: Bool) -> Int {
            let id = Int(t.word) * 2 + (keep ? 1 : 0)
            if formText[id] == nil { formText[id] = keep ? t.text : t.lower }
            return id
        }
        var index: [[Int]: Int] = [:]
        var out: [PhraseCandidate] = []
        var ids: [[Int]] = []
        var forms: [[([Int], Int)]] = []
        let verbish = X.verbLike(sentences, table: table)
        func fits(_ t: Token) -> Bool {
            (X.isPhraseShape(t) && !(t.isCapitalized && X.isRoleWord(t.lower))
             && (t.isCapitalized || !verbish[Int(t.word)] || !X.irregularPast.contains(t.lower))) || X.isModifier(t)
        }
        func isProperName(_ t: Token) -> Bool { t.isAllCaps || (t.isCapitalized && !t.isStop && !table.seenLower(t)) }
        for (si, s) in sentences.enumerated() {
            let T = s.tokens
            var k = 0
            while k < T.count {
                guard fits(T[k]) else { k += 1; continue }
                var e = k + 1
                while e < T.count, fits(T[e]), !(isProperName(T[e]) && !isProperName(T[e - 1])) { e += 1 }
                var shown: [Int] = [], stems: [Int] = [], names: [Bool] = [], opens: [Bool] = [], verbs: [Bool] = []
                for q in k..<e {
                    let t = T[q]
                    let initial = s.isHeading || EntityRecognizer.isInitial(T, q)
                    let keep = t.isAllCaps || (t.isCapitalized && (!initial || !table.seenLower(t)))
                    shown.append(formID(t, keep: keep))
                    stems.append(table.stem(of: t))
                    names.append(keep)
                    opens.append(X.isModifier(t))
                    verbs.append(!keep && verbish[Int(t.word)])
                }
                for a in 0..<(e - k) {
                    var isName = true
                    var noun = true
                    for len in 1...min(X.maxWords, e - k - a) {
                        let w = a + len - 1
                        isName = isName && names[w]
                        noun = noun && !verbs[w]
                        if opens[w] { continue }
                        let key = Array(stems[a...w]), display = Array(shown[a...w])
                        if let i = index[key] {
                            out[i].count += 1
                            out[i].inTitle = out[i].inTitle || s.isTitle
                            out[i].isName = out[i].isName && isName
                            out[i].inBody = out[i].inBody || !s.isTitle
                            if let f = forms[i].firstIndex(where: { $0.0 == display }) { forms[i][f].1 += 1 }
                            else { forms[i].append((display, 1)) }
                        } else {
                            index[key] = out.count
                            let words = key.map { stemText[$0] }
                            out.append(PhraseCandidate(key: words.joined(separator: " "), words: words, display: "",
                                                       count: 1, firstSentence: si, inTitle: s.isTitle, isName: isName,
                                                       subsumed: false, inBody: !s.isTitle, isNounPhrase: noun))
                            ids.append(key)
                            forms.append([(display, 1)])
                        }
                    }
                }
                k = e
            }
        }
        var bestContaining = [Int](repeating: 0, count: out.count)
        for (c, words) in zip(out, ids) where words.count >= 2 {
            for len in 1..<words.count {
                for a in 0...(words.count - len) {
                    if let i = index[Array(words[a..<(a + len)])] { bestContaining[i] = max(bestContaining[i], c.count) }
                }
            }
        }
        for i in out.indices {
            let named = forms[i].map { ($0.0.map { formText[$0]! }.joined(separator: " "), $0.1) }
            out[i].display = named.max { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }!.0
            out[i].subsumed = bestContaining[i] >= out[i].count
        }
        return out
    }

    /// The topic ranking (`KeyphraseExtractor.rank`) by string tables, sorting every candidate.
    static func topicRank(_ candidates: [PhraseCandidate], documentFrequency: [String: Int], documents: Int,
                          termCounts: [String: Int], limit: Int) -> [PhraseCandidate] {
        let n = Double(documents)
        var scored: [(PhraseCandidate, Double)] = []
        for c in candidates {
            if c.words.count == 1 && (c.count < 2 || KeyphraseExtractor.isWeakSingle(c.words[0])) { continue }
            var idf = 0.0
            var wordWeight = 0.0
            for w in c.words {
                idf += 1 + log((n + 1) / (Double(documentFrequency[w] ?? 1) + 0.5))
                wordWeight += log(1 + Double(termCounts[w] ?? 1))
            }
            idf /= Double(c.words.count)
            wordWeight = 1 + wordWeight / Double(c.words.count)
            let tf = 1 + log(Double(c.count))
            let position = 1 + 1 / (1 + Double(c.firstSentence)).squareRoot()
            let title = c.inTitle ? 1.3 : 1
            let length = [1: 0.35, 2: 1.0, 3: 1.05][c.words.count] ?? 0.8
            let name = c.isName ? 0.35 : 1
            let shape = c.words.count >= 2 && !c.isName && KeyphraseExtractor.isAdjectival(c.words[c.words.count - 1]) ? 0.5 : 1
            scored.append((c, tf * wordWeight * idf * position * title * length * name * shape))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.key < $1.0.key }
        return scored.prefix(limit).map(\.0)
    }

    /// The key-phrase ranking (`KeyphraseRanker.rank`) by string tables, sorting every candidate.
    static func keyphraseRank(_ candidates: [PhraseCandidate], documentFrequency: [String: Int], documents: Int,
                              limit: Int) -> [PhraseCandidate] {
        typealias R = KeyphraseRanker
        guard !candidates.isEmpty, limit > 0 else { return [] }
        let n = Double(documents)
        func idf(_ stem: String) -> Double { max(0.05, log((n + 1) / (Double(documentFrequency[stem] ?? 1) + 0.5))) }
        let hasBody = candidates.contains(where: \.inBody)
        var single: [String: (score: Double, count: Int)] = [:]
        for c in candidates where c.words.count == 1 {
            let w = c.words[0]
            let shape = c.isName ? 1 : (R.isVerbOrAdjective(w) ? 0.5 : 1) * (c.isNounPhrase ? 1 : 0.25)
            let headlineOnly = hasBody && !c.inBody ? 0.5 : 1
            single[w] = (Double(c.count) * idf(w) * (c.inTitle ? R.titleLift : 1) * shape * headlineOnly, c.count)
        }
        let singles = single.values.map(\.score).sorted(by: >)
        let bar = singles.count >= limit ? singles[limit - 1] : 0
        var scored: [(PhraseCandidate, Double)] = []
        let longer = extensions(candidates, articleHasBody: hasBody)
        for c in candidates {
            if c.words.count == 1 {
                let score = single[c.words[0]]?.score ?? 0
                if score >= bar { scored.append((c, score)) }
                continue
            }
            let ws = c.words.map { single[$0]?.score ?? 0 }
            let most = c.words.map { single[$0]?.count ?? 1 }.reduce(1, max)
            if R.phraseWeight * ws.reduce(0, max) < bar || !isWellFormed(c, articleHasBody: hasBody) { continue }
            let score = R.phraseWeight * ws.reduce(0, +) / Double(c.words.count) * (Double(c.count) / Double(most)).squareRoot()
            guard score >= bar else { continue }
            scored.append((c.subsumed ? longer[c.key] ?? c : c, score))
        }
        scored.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.key < $1.0.key }
        var seen = Set<String>()
        return scored.filter { seen.insert($0.0.key).inserted }.prefix(limit).map(\.0)
    }

    static func isWellFormed(_ c: PhraseCandidate, articleHasBody: Bool) -> Bool {
        guard c.words.count >= 2 else { return true }
        guard c.isNounPhrase, c.inBody || !articleHasBody else { return false }
        let last = c.words[c.words.count - 1]
        if c.isName { return c.inBody || !KeyphraseExtractor.commonAdjectives.contains(last) }
        return !KeyphraseExtractor.isAdjectival(last)
    }

    static func extensions(_ candidates: [PhraseCandidate], articleHasBody: Bool) -> [String: PhraseCandidate] {
        var out: [String: PhraseCandidate] = [:]
        for c in candidates where c.words.count >= 3 && isWellFormed(c, articleHasBody: articleHasBody) {
            for len in 2..<c.words.count {
                for a in 0...(c.words.count - len) {
                    let key = c.words[a..<(a + len)].joined(separator: " ")
                    if let o = out[key], o.count > c.count || (o.count == c.count && o.key <= c.key) { continue }
                    out[key] = c
                }
            }
        }
        return out
    }

    /// An article's strongest content stems as `StoryClusterer.stemWeights` weighed them from a
    /// table of stem counts.
    static func stemWeights(_ clusterer: StoryClusterer, stems: [String: Int], stemDF: [String: Int],
                            documents n: Int) -> [(String, Double)] {
        let N = Double(n)
        var v: [(String, Double)] = []
        for (k, tf) in stems {
            let df = Double(stemDF[k] ?? 1)
            if n >= 20 && df > 0.5 * N { continue }
            let w = (1 + log(Double(tf))) * clusterer.idf(N, df)
            if w > 0 { v.append((k, w)) }
        }
        return StoryClusterer.strongest(v, clusterer.featuresPerArticle)
    }
}

extension ArticleAnalyzer.Words {
    /// Content stem counts by stem, as the string model reads them.
    var stems: [String: Int] {
        Dictionary(uniqueKeysWithValues: stemCounts.indices.compactMap { stemCounts[$0] > 0 ? (table.stems[$0], stemCounts[$0]) : nil })
    }
}
