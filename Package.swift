// swift-tools-version:6.1
import PackageDescription

/// Compiler settings shared by every target. No unsafe flags: the package stays usable as a
/// dependency, and release builds keep their overflow, bounds and nil checks.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Conteur",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "conteur", targets: ["conteur"]),
        .library(name: "UsageStore", targets: ["UsageStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "UsageStore",
            dependencies: [
                "Archetypes",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(
            name: "PostgresStore",
            dependencies: [
                "Archetypes", "UsageStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .target(name: "CorpusGenerator", dependencies: ["Archetypes"]),
        .target(name: "Archetypes"),
        .target(name: "Runs", dependencies: ["Archetypes", "UsageStore"]),
        .target(name: "StoryBuilder", dependencies: ["Archetypes", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Export", dependencies: ["StoryBuilder", "UsageStore"]),
        .target(
            name: "ConteurServer",
            dependencies: [
                "Archetypes", "Export", "Runs", "StoryBuilder", "UsageStore", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "conteur",
            dependencies: [
                "UsageStore", "PostgresStore", "CorpusGenerator", "Archetypes", "Runs", "StoryBuilder", "Export", "ConteurServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "conteur-bench", dependencies: ["Archetypes"], path: "bench/Sources/conteur-bench"),
        .testTarget(name: "UsageStoreTests", dependencies: ["UsageStore", "CorpusGenerator", "conteur"]),
        .testTarget(name: "CorpusGeneratorTests", dependencies: ["CorpusGenerator"]),
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                "PostgresStore", "UsageStore", "Archetypes", "Runs", "CorpusGenerator", "TestSupport", "conteur",
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ]),
        .testTarget(name: "ConteurCLITests", dependencies: ["conteur", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ArchetypesTests", dependencies: ["Archetypes", "UsageStore", "TestSupport"]),
        .testTarget(name: "RunsTests", dependencies: ["Runs", "Archetypes", "UsageStore", "TestSupport"]),
        .testTarget(
            name: "StoryBuilderTests", dependencies: ["StoryBuilder", "Archetypes", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .target(
            name: "TestSupport", dependencies: ["Archetypes", "CorpusGenerator", "StoryBuilder", "UsageStore"], path: "Tests/Support"),
        .testTarget(name: "ExportTests", dependencies: ["Export", "StoryBuilder", "TestSupport"]),
        .testTarget(
            name: "ConteurServerTests",
            dependencies: ["ConteurServer", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
