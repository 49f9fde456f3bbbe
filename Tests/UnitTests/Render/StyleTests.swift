@testable import BriefingRender
import Foundation
import TestSupport
import Testing

struct StyleTests {
    /// Where this test's style files go; removed when the test's instance goes away.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func write(_ toml: String, name: String = "custom.toml") throws -> String {
        let path = folder.path + "/" + name
        try toml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// styles/default.toml, found from this source file.
    private var defaultStylePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("styles/default.toml").path
    }

    @Test func defaultFileMatchesBuiltInDefault() throws {
        let loaded = try Style.load(path: defaultStylePath)
        #expect(loaded == Style.default)
    }

    @Test func unknownKeyNamesKeyAndFile() throws {
        let path = try write("[fonts]\nbody-szie = 11\n")
        let error = try #require(throws: StyleError.self) { try Style.load(path: path) }
        #expect(error.kind == .unknownKey)
        #expect(error.description.contains("fonts.body-szie"))
        #expect(error.description.contains(path))
    }

    @Test func unknownSectionNamesKeyAndFile() throws {
        let path = try write("[colours]\ntext = \"#000000\"\n")
        let error = try #require(throws: StyleError.self) { try Style.load(path: path) }
        #expect(error.description.contains("'colours'") && error.description.contains(path))
    }

    @Test func wrongTypeNamesKeyAndFile() throws {
        let path = try write("[fonts]\nbody-size = \"eleven\"\n")
        let error = try #require(throws: StyleError.self) { try Style.load(path: path) }
        #expect(error.key == "fonts.body-size")
        #expect(error.description.contains("fonts.body-size"))
        #expect(error.description.contains(path))
        #expect(error.description.contains("number"))
    }

    @Test func badColourIsRejected() throws {
        let path = try write("[colors]\naccent = \"blue\"\n")
        let error = try #require(throws: StyleError.self) { try Style.load(path: path) }
        #expect(error.key == "colors.accent")
    }

    @Test func invalidTOMLNamesTheFile() throws {
        let path = try write("[page\nwidth = 1\n")
        let error = try #require(throws: StyleError.self) { try Style.load(path: path) }
        #expect(error.description.hasPrefix(path))
    }

    @Test func missingFileNamesTheFile() {
        let error = #expect(throws: StyleError.self) { try Style.load(path: "/nonexistent/style.toml") }
        #expect(error?.description.contains("/nonexistent/style.toml") == true)
    }

    @Test func partialStyleExtendsTheDefault() throws {
        let path = try write("""
            name = "letter"
            extends = "default"
            [page]
            size = "letter"
            [fonts]
            body-size = 11
            """, name: "letter.toml")
        let style = try Style.load(path: path)
        #expect(style.name == "letter")
        #expect(style.pageWidth == 612 && style.pageHeight == 792)
        #expect(style.bodySize == 11)
        #expect(style.accentColor == Style.default.accentColor)
    }

    @Test func extendsAnotherFileBesideIt() throws {
        let base = try write("[fonts]\nbody-size = 12\n", name: "base.toml")
        let child = URL(fileURLWithPath: base).deletingLastPathComponent().appendingPathComponent("child.toml").path
        try "extends = \"base\"\n[text]\njustify = false\n".write(toFile: child, atomically: true, encoding: .utf8)
        let style = try Style.load(path: child)
        #expect(style.bodySize == 12 && style.justify == false)
        let looping = URL(fileURLWithPath: base).deletingLastPathComponent().appendingPathComponent("loop.toml").path
        try "extends = \"loop\"\n".write(toFile: looping, atomically: true, encoding: .utf8)
        #expect(throws: StyleError.self) { try Style.load(path: looping) }
    }

    @Test func colourHexRoundTrips() {
        #expect(StyleColor(hex: "#1f4e79")?.description == "#1f4e79")
        #expect(StyleColor(hex: "#12345") == nil)
    }
}
