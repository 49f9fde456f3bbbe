/// The table of contents, built from the document's own section headings so a section added to
/// `compose` is listed without further work.
extension BriefingComposer {
    /// Gives every section heading an anchor and puts the contents before the first of them.
    func insertingContents(into flow: [any Flowable]) -> [any Flowable] {
        var entries: [TableOfContents.Entry] = []
        var firstSection: Int?
        for (index, flowable) in flow.enumerated() {
            guard let heading = flowable as? Heading, heading.level == 1 else { continue }
            let anchor = "section-\(entries.count + 1)"
            heading.anchor = anchor
            entries.append(.init(title: heading.title, anchor: anchor))
            if firstSection == nil { firstSection = index }
        }
        guard style.tableOfContents, let firstSection, entries.count > 1 else { return flow }
        let contents = TableOfContents(
            entries: entries, directory: directory,
            font: FontSpec(family: style.headingFont, size: style.smallSize * 1.1),
            textColor: style.textColor, mutedColor: style.mutedColor, text: text,
            spaceBefore: style.paragraphSpacing * 2, spaceAfter: 0)
        if style.detail == .brief { contents.columns = 2 }
        var result = flow
        result.insert(contents, at: firstSection)
        return result
    }
}
