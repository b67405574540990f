// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "plantrack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plantrack", targets: ["plantrack"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CXattr"),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .executableTarget(name: "TextEmbedder"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["TextEmbedder"]
        ),
        .plugin(
            name: "EmbedVocabulary",
            capability: .buildTool(),
            dependencies: ["TextEmbedder"]
        ),
        // The bottom layer: bytes, decimal digits and JSON, as every module writes them.
        .target(name: "PlanWriting"),
        .target(
            name: "PlanIngest",
            dependencies: ["PlanWriting", "CLibXML2", "CZlib"],
            exclude: ["Lexicon/Vocabulary.tsv"],
            // Where Debian puts libxml2's headers, for machines without pkg-config.
            swiftSettings: [.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])],
            plugins: ["EmbedVocabulary"]
        ),
        .target(
            name: "PlanStore",
            dependencies: [
                "PlanWriting",
                "PlanIngest",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            plugins: ["EmbedMigrations"]
        ),
        .executableTarget(
            name: "plantrack",
            dependencies: [
                "PlanWriting",
                "PlanIngest",
                "PlanStore",
                "CXattr",
                "CXLSXWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "PlantrackBench",
            dependencies: [
                "PlanIngest",
                "PlanStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanIngestTests",
            dependencies: ["PlanIngest", "PlanWriting"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanStoreTests",
            dependencies: ["PlanStore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "PlantrackTests",
            dependencies: [
                "plantrack", "PlanIngest", "PlanWriting", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ]
)
