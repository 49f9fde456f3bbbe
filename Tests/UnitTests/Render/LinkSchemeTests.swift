import BriefingModel
@testable import BriefingRender
import Foundation
import TestSupport
import Testing

/// Only http, https and mailto addresses from article metadata become clickable in the PDF.
@Suite struct LinkSchemeTests {
    static let hostile = ["javascript:app.alert(1)", "JavaScript:app.alert(2)", "file:///etc/passwd",
                          " javascript:app.alert(3)", "launch:calc.exe", "data:text/html,x"]
    static let fine = ["https://example.org/a", "http://example.org/b", "mailto:desk@example.org"]

    @Test func onlyWebAndMailAddressesAreLinks() throws {
        var briefing = RenderFixture.briefing(articleCount: 12)
        for (index, url) in (Self.hostile + Self.fine).enumerated() { briefing.articles[index].url = url }
        let folder = try TemporaryFolder()
        let path = folder.path + "/links.pdf"
        try PDFRenderer(style: .default).render(briefing, toPDF: path)
        let qdf = try PDFTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        let uris = qdf.components(separatedBy: "/URI (").dropFirst().map { $0.prefix { $0 != ")" } }
        for url in Self.fine { #expect(uris.contains(Substring(url)), "\(url) is no link") }
        for uri in uris { #expect(LinkScheme.isClickable(String(uri)), "\(uri) became a link") }
        #expect(!qdf.lowercased().contains("/uri (javascript") && !qdf.contains("/URI (file:") && !qdf.contains("/S /JavaScript"))
    }

    @Test func schemesAreJudgedExactly() {
        for url in Self.hostile { #expect(!LinkScheme.isClickable(url), "\(url)") }
        for url in Self.fine + ["HTTPS://EXAMPLE.ORG"] { #expect(LinkScheme.isClickable(url), "\(url)") }
        #expect(!LinkScheme.isClickable("example.org/no-scheme"))
    }
}
