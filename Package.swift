// swift-tools-version:6.0
// Briefing: news articles in, a print-ready PDF briefing out.
// The targets follow the pipeline: sources -> analysis -> briefing model -> layout/PDF,
// and the `briefing` executable is a thin shell over `BriefingKit`.
import PackageDescription

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingKit", targets: ["BriefingKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        // Generated-input tests (fuzz smoke in the suite, `make fuzz` for longer runs).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The seam: an immutable, Codable briefing model shared by analysis and rendering.
        .target(name: "BriefingModel"),
        // Small generic helpers (parallel map, union-find) the stages share.
        .target(name: "BriefingSupport"),
        // libxml2's tolerant HTML parser, for saved web pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Reading articles from disk into `Article` values.
        .target(name: "BriefingSources", dependencies: [
            "BriefingModel", "BriefingSupport", "CLibXML2",
            .product(name: "Yams", package: "Yams"),
            .product(name: "TOMLKit", package: "TOMLKit"),
            .product(name: "Ink", package: "Ink"),
        ]),
        // Text mining: per-article analysis (pure) and the corpus-wide merge. No drawing here.
        .target(name: "BriefingAnalysis", dependencies: ["BriefingModel", "BriefingSupport"]),
        // Cairo and Pango, as system libraries.
        .systemLibrary(name: "CCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]),
        // Layout and PDF: flowables, pages, charts. No text mining here.
        .target(name: "BriefingRender", dependencies: [
            "BriefingModel", "BriefingSupport", "CCairo",
            .product(name: "TOMLKit", package: "TOMLKit"),
        ]),
        // zlib, as a system library: archived models are stored deflated.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The weekly series' memory: each build's period, model and article fingerprints in SQLite.
        .target(name: "BriefingArchive", dependencies: [
            "BriefingModel", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The pipeline that ties the stages together; the public API of the tool.
        .target(name: "BriefingKit", dependencies: [
            "BriefingModel", "BriefingSupport", "BriefingSources", "BriefingAnalysis", "BriefingRender", "BriefingArchive",
        ]),
        .executableTarget(name: "briefing", dependencies: [
            "BriefingKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Component benchmarks (`make bench`), never run as tests.
        .executableTarget(name: "briefing-bench", dependencies: ["BriefingKit", "BriefingArchive"],
                          path: "Benchmarks/BriefingBenchmarks"),
        // Fixture helpers shared by both test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "UnitTests", dependencies: [
            "BriefingModel", "BriefingSources", "BriefingAnalysis", "BriefingRender", "BriefingKit", "BriefingArchive",
            "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        // The built `briefing` binary, run as a user would; it must be built before these run.
        .testTarget(name: "EndToEndTests", dependencies: ["briefing", "TestSupport"]),
    ]
)
