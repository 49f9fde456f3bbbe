/// One block-level element of a page (div, section, p, li, h2, td…): its place in the tree, what
/// its class and id say, and the text measured under it. Inline elements are not nodes: their
/// text belongs to the block around them.
struct PageNode {
    let tag: String
    /// Index of the nearest block-level ancestor in the node list, -1 for the root.
    let parent: Int
    let hint: ElementHint
    /// Text bytes under the node, and how many of them are link text.
    var characters = 0
    var linkCharacters = 0
    /// readability's content score, gathered from the paragraphs below.
    var score = 0.0
    var scored = false

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }

    /// readability's starting score by tag: containers that hold articles start above zero,
    /// lists, forms and headings below.
    var baseScore: Double {
        switch tag {
        case "div", "article", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }
}

/// One run of text between block boundaries: a paragraph, a heading, a list item, a cell.
struct PageBlock {
    var text: String
    /// The block-level element holding the text.
    let owner: Int
    let tag: String
    /// Bytes of text, of link text, and commas (readability counts commas as a sign of prose).
    let characters: Int
    let linkCharacters: Int
    let commas: Int
    let words: Int

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    var isHeading: Bool { tag.count == 2 && tag.first == "h" && tag.last!.isNumber }
    /// Ends like a sentence (a full stop, question mark, closing quote…).
    var endsSentence: Bool {
        guard let last = text.last else { return false }
        return ".?!\"”’:;)…".contains(last)
    }
}
