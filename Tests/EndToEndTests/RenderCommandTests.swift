import Foundation
import TestSupport
import Testing

/// `briefing render FILE.json`: analyse once, edit the model, render it again — and a broken
/// model file is named with its line, leaving no PDF behind.
@Suite struct RenderCommandTests {
    @Test func anEditedModelIsRenderedAsEdited() async throws {
        let folder = try TemporaryFolder()
        let json = folder.path + "/briefing.json"
        let analyzed = try await Run(Package.binary, ["analyze", Package.seeds, "--json", "-o", json])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")

        // The analyst renames the briefing by hand before rendering it.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        object["title"] = "Edited Weekly Digest"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: json))

        let pdf = folder.path + "/edited.pdf"
        let run = try await Run(Package.binary, ["render", json, "-o", pdf, "--style", "compact"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try await Run("qpdf", ["--check", pdf]).status == 0)
        let text = try await Run("pdftotext", ["-l", "1", pdf, "-"]).stdout
        #expect(text.contains("Edited Weekly Digest"))
    }

    @Test func aBrokenModelIsNamedWithItsLineAndNothingIsWritten() async throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("broken.json", "{\n  \"title\": \"Week\",\n  \"generated\": oops\n}\n")
        let pdf = folder.path + "/out.pdf"
        let run = try await Run(Package.binary, ["render", json, "-o", pdf])
        #expect(run.status == 1)
        #expect(run.stderr.contains(json + ":3:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
    }
}
