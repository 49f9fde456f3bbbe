/// The alternative text of each figure drawn into a PDF, in drawing order, collected while the
/// pages are drawn and written into the finished file by `PDFStructureUpdate` (cairo 1.16 has
/// no way to attach it to the `Figure` tag itself).
final class FigureTexts {
    private(set) var texts: [String] = []

    func append(_ text: String) { texts.append(text) }
}
