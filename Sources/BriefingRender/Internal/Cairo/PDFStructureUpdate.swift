import Foundation

/// Adds to a PDF that cairo 1.16 has finished what cairo cannot write itself: the document's
/// language (`/Lang` in the catalog, with `DisplayDocTitle` so viewers show the title) and each
/// chart's alternative text (`/Alt` on its `Figure` structure element).
///
/// Why an incremental update (PDF 32000-1, 7.5.6): the new versions of those objects, a
/// cross-reference section for them and a trailer pointing at cairo's are appended, so cairo's
/// bytes and offsets stay as they are and every reader applies the change. Figures are matched
/// to their texts in drawing order, read from the file itself (page order, then marked-content
/// id within the page); when the counts differ no alternative text is written rather than a
/// wrong one.
struct PDFStructureUpdate {
    let language: String
    /// One per figure, in drawing order.
    let figureTexts: [String]

    enum UpdateError: Error { case unreadable(String) }

    func apply(toFileAt path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let file = try PDFObjects(bytes)
        var changed: [(number: Int, dictionary: String)] = []
        var catalog = try file.dictionary(of: file.root)
        if !catalog.contains("/Lang") { catalog = Self.adding("/Lang \(Self.textString(language))", to: catalog) }
        if !catalog.contains("/ViewerPreferences") {
            catalog = Self.adding("/ViewerPreferences << /DisplayDocTitle true >>", to: catalog)
        }
        changed.append((file.root, catalog))
        let figures = try file.figuresInDrawingOrder()
        if figures.count == figureTexts.count {
            for (figure, text) in zip(figures, figureTexts) {
                let element = try file.dictionary(of: figure)
                changed.append((figure, Self.adding("/Alt \(Self.textString(text))", to: element)))
            }
        }
        let update = file.incrementalUpdate(changed.sorted { $0.number < $1.number })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: update)
    }

    /// `entry` inserted before the dictionary's closing `>>`.
    static func adding(_ entry: String, to dictionary: String) -> String {
        guard let close = dictionary.range(of: ">>", options: .backwards) else { return dictionary }
        return dictionary[..<close.lowerBound] + "   " + entry + "\n" + dictionary[close.lowerBound...]
    }

    /// A PDF text string in UTF-16BE with its byte-order mark, written in hex: any character,
    /// nothing to escape.
    static func textString(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
