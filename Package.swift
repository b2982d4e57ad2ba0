// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Kaiku",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kaiku", targets: ["kaiku"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "KaikuCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KaikuStore",
            dependencies: [
                "KaikuCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // The demo organisation, survey and generated responses (their texts invented).
        .target(
            name: "KaikuDemo",
            dependencies: ["KaikuCore", "KaikuStore"],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KaikuAnalytics",
            dependencies: ["KaikuCore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KaikuSpreadsheet",
            dependencies: ["KaikuCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // What the web and the command line both do: accounts, survey and results files, exports.
        .target(
            name: "KaikuServices",
            dependencies: [
                "KaikuCore", "KaikuStore", "KaikuAnalytics", "KaikuSpreadsheet",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "KaikuWeb",
            dependencies: [
                "KaikuCore", "KaikuStore", "KaikuDemo", "KaikuAnalytics", "KaikuSpreadsheet", "KaikuServices",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [
                // Each feature keeps its templates and texts in its own Resources folder; they are
                // flattened into one bundle, so their file names are unique across features.
                .copy("Shared/Public"), .copy("Features/API/OpenAPI"), .process("Shared/Resources"),
                .process("Features/Account/Resources"),
                .process("Features/Answers/Resources"),
                .process("Features/Audit/Resources"),
                .process("Features/Dashboard/Resources"),
                .process("Features/Editor/Resources"),
                .process("Features/Import/Resources"),
                .process("Features/Report/Resources"),
                .process("Features/Respondent/Resources"),
                .process("Features/Results/Resources"),
                .process("Features/Site/Resources"),
                .process("Features/Users/Resources"),
                .process("Features/Waves/Resources"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "kaiku",
            dependencies: [
                "KaikuWeb", "KaikuServices", "KaikuStore", "KaikuDemo", "KaikuCore", "KaikuAnalytics", "KaikuSpreadsheet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // The fuzzers' mutator and bounded run, shared by the test targets.
        .target(
            name: "KaikuFuzzing",
            dependencies: ["KaikuCore"],
            path: "Tests/KaikuFuzzing",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KaikuCoreTests",
            dependencies: ["KaikuCore", "KaikuFuzzing"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KaikuStoreTests",
            dependencies: ["KaikuStore", "KaikuDemo", "KaikuCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KaikuAnalyticsTests",
            dependencies: ["KaikuAnalytics", "KaikuCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KaikuSpreadsheetTests",
            dependencies: ["KaikuSpreadsheet", "KaikuCore", "KaikuFuzzing", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KaikuWebTests",
            dependencies: [
                "KaikuWeb", "KaikuServices", "KaikuStore", "KaikuDemo", "KaikuCore", "KaikuSpreadsheet", "KaikuAnalytics",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
