@testable import BriefingRender
import Testing

/// Chart series stay distinguishable without colour in styles that ask for patterns.
struct SeriesLookTests {
    @Test func patternsSetSeriesApartWithoutColour() throws {
        var style = Style.default
        style.chartPatterns = true
        let looks = (0..<4).map { SeriesLook(index: $0, style: style) }
        #expect(Set(looks.map { "\($0.hatch)" }).count == 4)
        #expect(Set(looks.map { "\($0.marker)" }).count == 4)
    }

    @Test func withoutPatternsOnlyColourChanges() {
        let looks = (0..<3).map { SeriesLook(index: $0, style: .default) }
        #expect(looks.allSatisfy { $0.hatch == .none && $0.marker == .circle })
        #expect(looks.map(\.color) == Array(Style.default.chartPalette.prefix(3)))
    }
}
