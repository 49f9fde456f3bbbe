@testable import BriefingRender
import Foundation
import Testing

/// Every colour of every shipped style holds up on white paper: text 4.5:1, marks 3:1 (WCAG 2),
/// and chart series without hatching differ in grayscale lightness. The figures are printed, so
/// a style change shows its contrast in the test log.
struct StyleContrastTests {
    static let white = StyleColor(red: 1, green: 1, blue: 1)
    /// WCAG 2 minimum contrast for body text, and for graphical marks.
    static let textContrast = 4.5
    static let markContrast = 3.0
    /// L* apart that two chart series need to be told apart in a grayscale copy without hatching.
    static let grayStep = 10.0

    private static var stylesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("styles")
    }

    static var styleFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stylesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { stylesFolder.appendingPathComponent($0).path }
    }

    @Test func everyStyleIsChecked() {
        #expect(Self.styleFiles.count >= 4, "styles/ not found from \(#filePath)")
    }

    @Test(arguments: styleFiles)
    func coloursMeetContrastOnWhite(path: String) throws {
        let style = try Style.load(path: path)
        let text = [("text", style.textColor), ("accent", style.accentColor), ("muted", style.mutedColor)]
        let marks = [("rule", style.ruleColor)] + style.chartPalette.enumerated().map { ("chart[\($0.offset)]", $0.element) }
        for (role, color) in text + marks {
            let ratio = color.contrast(against: Self.white)
            print(String(format: "contrast %@ %@ %@ %.2f:1 L* %.0f", style.name, role, color.description,
                         ratio, color.grayLightness))
        }
        for (role, color) in text {
            #expect(color.contrast(against: Self.white) >= Self.textContrast, "\(style.name) \(role) \(color)")
        }
        for (role, color) in marks {
            #expect(color.contrast(against: Self.white) >= Self.markContrast, "\(style.name) \(role) \(color)")
        }
        guard !style.chartPatterns else { return }
        let series = Array(style.chartPalette.prefix(4))
        for i in series.indices {
            for j in series.indices where j > i {
                let apart = abs(series[i].grayLightness - series[j].grayLightness)
                #expect(apart >= Self.grayStep, "\(style.name) chart[\(i)] and chart[\(j)] are \(apart) L* apart")
            }
        }
    }

    @Test func contrastFollowsWCAG() {
        let black = StyleColor(red: 0, green: 0, blue: 0)
        #expect(abs(black.contrast(against: Self.white) - 21) < 0.001)
        #expect(abs(StyleColor(hex: "#767676")!.contrast(against: Self.white) - 4.54) < 0.01)
        #expect(abs(StyleColor(hex: "#777777")!.grayLightness - 50.0) < 0.5)
    }
}
