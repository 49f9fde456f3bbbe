import BriefingKit
import BriefingModel
@testable import BriefingRender
import Foundation
import Testing

/// How many characters a line of running text holds, measured on the lines Pango really laid out
/// for briefings analysed from real articles (the seeds, and a Timeline17 dev topic when
/// `../shared/data` is beside the checkout).
///
/// Why: a line much longer than about ninety characters is hard to follow back to the start of
/// the next (typographic guidance for print is 45 to 90); the compact style promises to hold it.
/// The other styles' figures are printed, so a change to a measure or a font size shows.
@Suite("Render: characters a line of running text", .serialized)
struct LineLengthTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds").path
    static let bpoil = root.deletingLastPathComponent().appendingPathComponent("shared/data/timeline17/bpoil_bbc/articles.jsonl").path
    /// The longest line the compact style may set.
    static let compactLimit = 90

    static func style(_ name: String) throws -> Style {
        try Style.load(path: root.appendingPathComponent("styles/\(name).toml").path)
    }

    static func briefing(_ input: String) throws -> Briefing {
        try BriefingPipeline().analyze([input], generated: Day(year: 2024, month: 12, day: 5)!)
    }

    /// The text of every line of every paragraph and list item on the laid-out pages (headings
    /// and table cells left out: they are labels, not running text), soft hyphens and the line
    /// separators of hardened hyphens removed, trailing spaces trimmed.
    /// `size`, when given, keeps only text set at that font size.
    static func runningLines(_ briefing: Briefing, style: Style, size: Double? = nil) -> [String] {
        let pages = DocumentRenderer(style: style).paginate(briefing)
        var seen = Set<ObjectIdentifier>()
        var lines: [String] = []
        func visit(_ flowable: any Flowable) {
            switch flowable {
            case let p as Paragraph:
                guard size.map({ $0 == p.style.font.size }) ?? true,
                      seen.insert(ObjectIdentifier(p.layout)).inserted else { return }
                lines += text(of: p.layout)
            case let list as BulletList: list.items.forEach { visit($0.body) }
            case let columns as Columns: columns.pieces.forEach(visit)
            case let group as KeepTogether: group.children.forEach(visit)
            default: break
            }
        }
        pages.joined().forEach { visit($0.flowable) }
        return lines
    }

    static func text(of layout: TextLayout) -> [String] {
        let bytes = layout.textBytes
        var start = 0
        return layout.lineEnds.map { end in
            defer { start = end }
            let line = String(decoding: bytes[min(start, bytes.count)..<min(end, bytes.count)], as: UTF8.self)
            return String(line.filter { !"\u{AD}\u{2028}\n".contains($0) })
                .trimmingCharacters(in: .whitespaces)
        }
    }

    /// Median and longest line, in characters, over lines of at least 20 (the last lines of
    /// paragraphs say nothing of the measure).
    static func figures(_ lines: [String]) -> (median: Int, longest: Int, longestLine: String) {
        let full = lines.filter { $0.count >= 20 }.sorted { $0.count < $1.count }
        guard let longest = full.last else { return (0, 0, "") }
        return (full[full.count / 2].count, longest.count, longest)
    }

    @Test func compactLinesHoldAtMostNinetyCharactersOnTheSeeds() throws {
        let lines = Self.runningLines(try Self.briefing(Self.seeds), style: try Self.style("compact"))
        let f = Self.figures(lines)
        print("compact, seeds: median \(f.median), longest \(f.longest) characters a line")
        #expect(lines.count > 30, "the seeds' briefing lays out some text")
        #expect(f.longest <= Self.compactLimit, "\(f.longest) characters: \(f.longestLine)")
    }

    /// The Timeline17 dev topics beside the checkout.
    static var timeline17: [String] {
        ["bpoil_bbc", "MJ_bbc"].map { bpoil.replacingOccurrences(of: "bpoil_bbc", with: $0) }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    @Test(arguments: timeline17)
    func compactLinesHoldAtMostNinetyCharactersOnATimeline17Topic(path: String) throws {
        let lines = Self.runningLines(try Self.briefing(path), style: try Self.style("compact"))
        let f = Self.figures(lines)
        print("compact, \(path): median \(f.median), longest \(f.longest) characters a line")
        #expect(f.longest <= Self.compactLimit, "\(f.longest) characters: \(f.longestLine)")
    }

    /// Every shipped style's measure, printed; none sets lines past what reads in print (the
    /// wide A4 and Letter styles come close to the top of the range by design: a serif at ten
    /// points on a 16 cm column).
    @Test(arguments: ["default", "letter", "print", "compact"])
    func everyStyleKeepsAReadableMeasure(name: String) throws {
        let briefing = try Self.briefing(Self.seeds)
        let style = try Self.style(name)
        let lines = Self.runningLines(briefing, style: style)
        let f = Self.figures(lines)
        let body = Self.figures(Self.runningLines(briefing, style: style, size: style.bodySize))
        let small = Self.figures(Self.runningLines(briefing, style: style, size: style.smallSize))
        print("\(name), seeds: median \(f.median), longest \(f.longest) characters a line; body text "
              + "\(body.median)/\(body.longest), small text \(small.median)/\(small.longest)")
        #expect(f.median >= 45, "\(name): lines of \(f.median) characters are too short to read well")
        #expect(f.longest <= 120, "\(name): \(f.longest) characters: \(f.longestLine)")
    }
}
