/// The article text of a page, told from navigation, teasers, comments and other furniture.
///
/// The method, after the published ones: readability's container scoring (each paragraph gives
/// its parent and grandparent points for length and commas; a container's score is discounted
/// by its link density, and class/id words add or subtract), readability's sibling rule (parts
/// of the article split across neighbouring containers join it), then inside the chosen
/// container boilerpipe's and jusText's per-block tests (link density, class words, short
/// blocks at the edges), and trafilatura's fallback to the whole page when the container holds
/// too little of the page's prose.
struct MainContent {
    var nodes: [PageNode]
    let blocks: [PageBlock]
    /// The tuned figures, in one place.
    let thresholds = ExtractionThresholds()

    init(_ walker: PageWalker) {
        nodes = walker.nodes
        blocks = walker.blocks
    }

    /// The article's paragraphs, in page order.
    mutating func paragraphs() -> [String] {
        scoreContainers()
        guard let top = topCandidate() else { return fallback() }
        let chosen = withSiblings(of: outermostWrapper(of: top))
        let kept = filtered(blocks.indices.filter { index in isInside(blocks[index].owner, anyOf: chosen) }, under: chosen)
        let keptCharacters = kept.reduce(0) { $0 + blocks[$1].characters }
        if keptCharacters < thresholds.minimumArticleCharacters || Double(keptCharacters) < thresholds.minimumShareOfProse * Double(proseCharacters()) {
            let whole = fallback()
            if whole.reduce(0, { $0 + $1.utf8.count }) > keptCharacters { return whole }
        }
        return kept.map { blocks[$0].text }
    }

    /// readability's scoring: every paragraph-like block of 25 characters or more scores its
    /// containers, the nearest fully and farther ones less.
    mutating func scoreContainers() {
        for block in blocks where block.characters >= thresholds.minimumParagraphCharacters && !block.isHeading {
            let points = 1 + Double(block.commas) + min(3, Double(block.characters) / 100)
            var level = 0
            // A paragraph scores its parent and up; text written straight into a div scores the div.
            var index = Self.paragraphTags.contains(block.tag) ? nodes[block.owner].parent : block.owner
            while index >= 0, level < thresholds.scoredAncestorLevels {
                if !nodes[index].scored {
                    nodes[index].score = nodes[index].baseScore + Double(nodes[index].hint.weight)
                    nodes[index].scored = true
                }
                nodes[index].score += level == 0 ? points : level == 1 ? points / 2 : points / Double(level * 3)
                index = nodes[index].parent
                level += 1
            }
        }
    }

    func finalScore(_ index: Int) -> Double { nodes[index].score * (1 - nodes[index].linkDensity) }

    /// The best-scoring container, moved up to its parent while the parent scores as well (the
    /// article split into several scored parts).
    func topCandidate() -> Int? {
        let candidates = nodes.indices.filter { nodes[$0].scored && nodes[$0].tag != "html" && nodes[$0].tag != "body" }
        // readability weighs the five best candidates only; that also bounds the work on a page of
        // thousands of equal containers.
        let best = candidates.sorted { finalScore($0) > finalScore($1) }.prefix(thresholds.candidatesCompared)
        guard var top = best.first, finalScore(top) > 0 else { return nil }
        // Several strong candidates under one ancestor: the article is that ancestor.
        let strong = best.dropFirst().filter { finalScore($0) >= thresholds.alternativeShare * finalScore(top) }
        if strong.count >= thresholds.alternativesToUnite {
            var ancestor = nodes[top].parent
            while ancestor >= 0, nodes[ancestor].tag != "body" {
                if strong.filter({ isInside($0, anyOf: [ancestor]) }).count >= thresholds.alternativesToUnite {
                    top = ancestor
                    break
                }
                ancestor = nodes[ancestor].parent
            }
        }
        return top
    }

    /// The candidate's outermost wrapper holding nothing else: wrappers change no text, and the
    /// article's other parts (pages that break it into sections around figures and ads) are the
    /// wrapper's siblings, not the candidate's.
    func outermostWrapper(of top: Int) -> Int {
        var childCount = [Int](repeating: 0, count: nodes.count)
        for node in nodes where node.parent >= 0 { childCount[node.parent] += 1 }
        var wrapper = top
        while case let parent = nodes[wrapper].parent, parent >= 0, childCount[parent] == 1,
              nodes[parent].characters == nodes[wrapper].characters, nodes[parent].tag != "body" {
            wrapper = parent
        }
        return wrapper
    }

    /// The candidate and those of its siblings that read as part of the article: by readability's
    /// score, as a paragraph of prose, or as a section of prose (two paragraphs or more of
    /// boilerpipe's long, link-poor text).
    func withSiblings(of top: Int) -> Set<Int> {
        let parent = nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(thresholds.minimumSiblingScore, thresholds.siblingShare * finalScore(top))
        var chosen: Set<Int> = [top]
        var firstBlock: [Int: Int] = [:]
        for (position, block) in blocks.enumerated() where nodes[block.owner].parent == parent && firstBlock[block.owner] == nil {
            firstBlock[block.owner] = position
        }
        var proseBlocks: [Int: Int] = [:]
        for block in blocks where block.characters >= thresholds.proseCharacters && block.linkDensity < 0.2 {
            var index = block.owner
            while index >= 0, nodes[index].parent != parent { index = nodes[index].parent }
            if index >= 0 { proseBlocks[index, default: 0] += 1 }
        }
        for index in nodes.indices where nodes[index].parent == parent && index != top {
            let node = nodes[index]
            if node.hint.isBoilerplate || node.hint.isHidden { continue }
            if node.scored && finalScore(index) >= threshold {
                chosen.insert(index)
            } else if proseBlocks[index, default: 0] >= thresholds.proseBlocksOfASection,
                      node.linkDensity < thresholds.maximumSiblingLinkDensity {
                chosen.insert(index)
            } else if Self.paragraphTags.contains(node.tag), let position = firstBlock[index] {
                let text = blocks[position]
                if (text.characters > 80 && text.linkDensity < 0.25) || (text.linkDensity == 0 && text.endsSentence) {
                    chosen.insert(index)
                }
            }
        }
        return chosen
    }

    /// The blocks under the chosen containers that are article text: not in a section whose
    /// class marks furniture, not mostly links, and not short link-less scraps at the edges.
    func filtered(_ candidates: [Int], under chosen: Set<Int>) -> [Int] {
        let total = candidates.reduce(0) { $0 + blocks[$1].characters }
        var kept = candidates.filter { index in
            let block = blocks[index]
            if block.linkDensity > thresholds.maximumBlockLinkDensity { return false }
            if block.tag == "h1" { return false }  // the title, read separately
            return !inFurniture(block.owner, below: chosen, total: total)
        }
        // Edges: short blocks before the first and after the last real paragraph are datelines,
        // bylines, "Share" and "Read more" rather than text.
        let isProse = { (index: Int) in self.blocks[index].characters >= self.thresholds.proseCharacters || self.blocks[index].endsSentence && self.blocks[index].words >= 8 }
        if let first = kept.firstIndex(where: isProse), let last = kept.lastIndex(where: isProse) {
            kept = Array(kept[first...last])
        }
        return kept
    }

    /// True when a section between the block and the chosen container is furniture by its
    /// class words or by being mostly links.
    /// A section holding most of the chosen text is the article whatever its class says.
    func inFurniture(_ owner: Int, below chosen: Set<Int>, total: Int) -> Bool {
        var index = owner
        while index >= 0, !chosen.contains(index) {
            let node = nodes[index]
            if node.hint.isHidden { return true }
            if node.hint.isBoilerplate && node.characters * 2 < total { return true }
            if node.linkDensity > thresholds.maximumSectionLinkDensity && node.characters < thresholds.longSection { return true }
            index = node.parent
        }
        return false
    }

    func isInside(_ node: Int, anyOf ancestors: Set<Int>) -> Bool {
        var index = node
        while index >= 0 {
            if ancestors.contains(index) { return true }
            index = nodes[index].parent
        }
        return false
    }

    /// Bytes of prose on the whole page: blocks that read as paragraphs, not as links or labels.
    func proseCharacters() -> Int {
        blocks.lazy.filter { $0.characters >= self.thresholds.proseCharacters && $0.linkDensity < 0.2 }.reduce(0) { $0 + $1.characters }
    }

    /// jusText-style, when no container holds the article: every block that is prose by its own
    /// features, outside furniture, in page order.
    func fallback() -> [String] {
        let totalCharacters = blocks.reduce(0) { $0 + $1.characters }
        let good = blocks.indices.filter { index in
            let block = blocks[index]
            return block.linkDensity < 0.2 && block.tag != "h1" && !inFurniture(block.owner, below: [], total: totalCharacters)
                && (block.characters >= thresholds.proseCharacters || (block.endsSentence && block.words >= 8))
        }
        return good.map { blocks[$0].text }
    }

    /// Tags whose text is a paragraph of the container above them.
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "dd", "h2", "h3", "h4", "h5", "h6"]
}
