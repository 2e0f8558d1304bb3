// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "agtoken",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "AgoraToken", targets: ["AgoraToken"]),
    .library(name: "AgoraTokenLint", targets: ["AgoraTokenLint"]),
    .library(name: "AgoraTokenReport", targets: ["AgoraTokenReport"]),
    .library(name: "AgoraTokenScan", targets: ["AgoraTokenScan"]),
    .library(name: "AgoraTokenServer", targets: ["AgoraTokenServer"]),
    .executable(name: "agtoken", targets: ["agtoken"]),
    .executable(name: "agtoken-serve", targets: ["agtoken-serve"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
    .package(url: "https://github.com/LebJe/TOMLKit.git", exact: "0.6.0"),
    // No traits: the server needs neither swift-configuration nor full Foundation.
    .package(
      url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1", traits: []),
    .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0", traits: []),
    .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    .target(
      name: "AgoraToken",
      dependencies: [
        "CZlib",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "AgoraTokenLint",
      dependencies: ["AgoraToken", .product(name: "TOMLKit", package: "TOMLKit")]
    ),
    .target(name: "AgoraTokenScan", dependencies: ["AgoraToken", "AgoraTokenLint"]),
    .target(
      name: "AgoraTokenReport", dependencies: ["AgoraToken", "AgoraTokenLint", "AgoraTokenScan"]),
    .executableTarget(
      name: "agtoken",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport", "AgoraTokenScan",
        "AgoraTokenServeArguments",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "agtoken-bench",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      path: "Benchmarks/agtoken-bench"
    ),
    .target(
      name: "AgoraTokenServer",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .target(
      name: "AgoraTokenServeArguments",
      dependencies: [
        "AgoraToken", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "agtoken-serve",
      dependencies: [
        "AgoraToken", "AgoraTokenServer", "AgoraTokenServeArguments",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "agtoken-serve-load",
      dependencies: [
        "AgoraToken",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "AgoraTokenServerTests",
      dependencies: [
        "AgoraToken", "AgoraTokenReport", "AgoraTokenServer", "AgoraTokenTestSupport", "agtoken",
        "agtoken-serve",
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "AgoraTokenTests",
      dependencies: [
        "AgoraToken", "AgoraTokenReport",
        .product(name: "PropertyBased", package: "swift-property-based"),
        "AgoraTokenTestSupport",
      ]
    ),
    .testTarget(
      name: "agtokenTests",
      dependencies: [
        "agtoken", "AgoraToken", "AgoraTokenLint", "AgoraTokenScan", "AgoraTokenTestSupport",
      ]
    ),
    .testTarget(
      name: "AgoraTokenLintTests",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport", "AgoraTokenTestSupport",
      ]
    ),
    .testTarget(
      name: "AgoraTokenReportTests",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport", "AgoraTokenScan",
        "AgoraTokenTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ]
    ),
    .testTarget(
      name: "AgoraTokenScanTests",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport", "AgoraTokenScan",
        "AgoraTokenTestSupport", "agtoken",
      ]
    ),
    .target(name: "AgoraTokenTestSupport", dependencies: ["AgoraToken"], path: "Tests/Support"),
  ],
  swiftLanguageModes: [.v6]
)

// The libFuzzer target exists only when scripts/fuzz.sh builds it (AGTOKEN_FUZZ=1): the token
// libraries are then compiled with coverage and address-sanitizer instrumentation, and the target
// links libFuzzer's driver without its `main` (AGTOKEN_FUZZER_LIB, found by the script).
if Context.environment["AGTOKEN_FUZZ"] == "1",
  let fuzzer = Context.environment["AGTOKEN_FUZZER_LIB"]
{
  let instrumented: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
  for target in package.targets
  where ["AgoraToken", "AgoraTokenLint", "AgoraTokenReport"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + instrumented
  }
  package.targets.append(
    .executableTarget(
      name: "agtoken-fuzz",
      dependencies: ["AgoraToken", "AgoraTokenLint", "AgoraTokenReport"],
      path: "Fuzz/AgTokenFuzz",
      swiftSettings: instrumented,
      linkerSettings: [
        .unsafeFlags(["-sanitize=address", "-Xlinker", fuzzer, "-Xlinker", "-lstdc++"])
      ]
    )
  )
}
