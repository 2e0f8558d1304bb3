// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "agtoken",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "AgoraToken", targets: ["AgoraToken"]),
    .library(name: "AgoraTokenLint", targets: ["AgoraTokenLint"]),
    .library(name: "AgoraTokenReport", targets: ["AgoraTokenReport"]),
    .executable(name: "agtoken", targets: ["agtoken"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
    .package(url: "https://github.com/LebJe/TOMLKit.git", exact: "0.6.0"),
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
    .target(name: "AgoraTokenReport", dependencies: ["AgoraToken", "AgoraTokenLint"]),
    .executableTarget(
      name: "agtoken",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "agtoken-bench",
      dependencies: ["AgoraToken", "AgoraTokenLint", "AgoraTokenReport"],
      path: "Benchmarks/agtoken-bench"
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
      dependencies: ["agtoken", "AgoraTokenTestSupport"]
    ),
    .testTarget(
      name: "AgoraTokenLintTests",
      dependencies: [
        "AgoraToken", "AgoraTokenLint", "AgoraTokenReport", "AgoraTokenTestSupport",
      ]
    ),
    .target(name: "AgoraTokenTestSupport", dependencies: ["AgoraToken"], path: "Tests/Support"),
  ],
  swiftLanguageModes: [.v6]
)

// The libFuzzer target is built only by scripts/fuzz.sh (AGTOKEN_FUZZ=1, release mode), because
// it has no main of its own: libFuzzer provides it (-sanitize=fuzzer).
if Context.environment["AGTOKEN_FUZZ"] == "1" {
  package.targets.append(
    .executableTarget(
      name: "agtoken-fuzz",
      dependencies: ["AgoraToken", "AgoraTokenLint", "AgoraTokenReport"],
      path: "Fuzz/AgTokenFuzz",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  )
}
